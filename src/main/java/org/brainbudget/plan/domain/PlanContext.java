package org.brainbudget.plan.domain;

import java.math.BigDecimal;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.PlanEvaluator;

/** What the constraints need besides the purchases: the evaluator, the budget and the objective. */
public final class PlanContext {

    /** Stands in for an infinite risk (no allowed estimator defined), which a BigDecimal cannot hold. */
    private static final double RISK_CEILING = 1e12;

    private final PlanEvaluator evaluator;

    public PlanContext(PlanEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public PlanEvaluator evaluator() {
        return evaluator;
    }

    public BigDecimal budget() {
        return BigDecimal.valueOf(evaluator.problem().budget());
    }

    public Objective objective() {
        return evaluator.problem().objective();
    }

    public BigDecimal targetRisk() {
        return BigDecimal.valueOf(evaluator.problem().targetRisk());
    }

    /** Aggregated risk of the units as a BigDecimal score component. */
    public BigDecimal risk(int[] units) {
        return BigDecimal.valueOf(Math.min(evaluator.risk(units), RISK_CEILING));
    }
}
