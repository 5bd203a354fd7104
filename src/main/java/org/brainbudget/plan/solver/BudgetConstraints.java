package org.brainbudget.plan.solver;

import java.math.BigDecimal;
import java.util.List;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.domain.PlanContext;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a budget plan. Hard: the budget, the caps, and (when minimizing cost) the target risk. Soft: the
 * aggregated risk, or the cost. Each objective's constraints are silent under the other objective.
 */
public class BudgetConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            stayWithinBudget(factory),
            buyAtLeastTheMinimum(factory),
            buyAtMostTheMaximum(factory),
            reachTheTargetRisk(factory),
            minimizeRisk(factory),
            minimizeCost(factory)
        };
    }

    Constraint stayWithinBudget(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .groupBy(ConstraintCollectors.sumBigDecimal(Purchase::cost))
                .join(PlanContext.class)
                .filter((total, context) -> total.compareTo(context.budget()) > 0)
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_HARD, (total, context) -> total.subtract(context.budget()))
                .asConstraint("Stay within the budget");
    }

    Constraint buyAtLeastTheMinimum(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .filter(p -> p.getUnits() < p.getSource().minUnits())
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_HARD,
                        p -> BigDecimal.valueOf((long) p.getSource().minUnits() - p.getUnits()))
                .asConstraint("Buy at least the minimum samples");
    }

    Constraint buyAtMostTheMaximum(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .filter(p -> p.getUnits() > p.getSource().maxUnits())
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_HARD,
                        p -> BigDecimal.valueOf((long) p.getUnits() - p.getSource().maxUnits()))
                .asConstraint("Buy at most the maximum samples");
    }

    Constraint reachTheTargetRisk(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .groupBy(ConstraintCollectors.toList())
                .join(PlanContext.class)
                .filter((purchases, context) -> context.objective() == Objective.MINIMIZE_COST)
                .filter((purchases, context) -> context.risk(units(purchases, context)).compareTo(context.targetRisk()) > 0)
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_HARD,
                        (purchases, context) -> context.risk(units(purchases, context)).subtract(context.targetRisk()))
                .asConstraint("Reach the target risk");
    }

    Constraint minimizeRisk(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .groupBy(ConstraintCollectors.toList())
                .join(PlanContext.class)
                .filter((purchases, context) -> context.objective() == Objective.MINIMIZE_RISK)
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_SOFT,
                        (purchases, context) -> context.risk(units(purchases, context)))
                .asConstraint("Minimize the risk");
    }

    Constraint minimizeCost(ConstraintFactory factory) {
        return factory.forEach(Purchase.class)
                .groupBy(ConstraintCollectors.sumBigDecimal(Purchase::cost))
                .join(PlanContext.class)
                .filter((total, context) -> context.objective() == Objective.MINIMIZE_COST)
                .penalizeBigDecimal(HardSoftBigDecimalScore.ONE_SOFT, (total, context) -> total)
                .asConstraint("Minimize the cost");
    }

    /** Units per source in problem order; purchases not yet assigned count as zero. */
    static int[] units(List<Purchase> purchases, PlanContext context) {
        int[] out = new int[context.evaluator().problem().sources().size()];
        for (Purchase p : purchases) {
            out[p.getIndex()] = p.unitsOrZero();
        }
        return out;
    }
}
