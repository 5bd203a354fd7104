package org.brainbudget.plan.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;

/** The planning solution: one purchase per source, scored on budget and caps (hard) and on risk or cost (soft). */
@PlanningSolution
public class BudgetPlan {

    @ProblemFactProperty
    private PlanContext context;

    @PlanningEntityCollectionProperty
    private List<Purchase> purchases;

    @PlanningScore
    private HardSoftBigDecimalScore score;

    /** For OptaPlanner's cloning. */
    public BudgetPlan() {
    }

    public BudgetPlan(PlanContext context, List<Purchase> purchases) {
        this.context = context;
        this.purchases = purchases;
    }

    public PlanContext getContext() {
        return context;
    }

    public List<Purchase> getPurchases() {
        return purchases;
    }

    public HardSoftBigDecimalScore getScore() {
        return score;
    }

    public void setScore(HardSoftBigDecimalScore score) {
        this.score = score;
    }

    /** Units per source in problem order (unassigned counts as zero). */
    public int[] units() {
        int[] out = new int[purchases.size()];
        for (Purchase p : purchases) {
            out[p.getIndex()] = p.unitsOrZero();
        }
        return out;
    }
}
