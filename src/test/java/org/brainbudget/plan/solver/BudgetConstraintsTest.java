package org.brainbudget.plan.solver;

import java.math.BigDecimal;
import org.brainbudget.plan.PlanEvaluator;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Problems;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.SourceKind;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.PlanContext;
import org.brainbudget.plan.domain.Purchase;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class BudgetConstraintsTest {

    private static final World WORLD = World.withUniformSnr(50, 5, 5, 1.0, 0.5, 0.2, 1, 3);
    private static final Source BRAIN = new Source("fMRI", SourceKind.BRAIN, 0, 10, 100, 50, 20, 200, 0, null, null, null);
    private static final Source TASK = Source.perSample("labels", SourceKind.TASK, 2);
    private static final Problem PROBLEM = Problems.of(WORLD, 1000, BRAIN, TASK);
    private static final PlanContext CONTEXT = new PlanContext(new PlanEvaluator(PROBLEM));

    private final ConstraintVerifier<BudgetConstraints, BudgetPlan> verifier =
            ConstraintVerifier.build(new BudgetConstraints(), BudgetPlan.class, Purchase.class);

    private static Purchase brain(int units) {
        return new Purchase(0, BRAIN, PROBLEM.budget(), units);
    }

    private static Purchase task(int units) {
        return new Purchase(1, TASK, PROBLEM.budget(), units);
    }

    @Test
    void spendingOverTheBudgetIsPenalizedByTheExcess() {
        // 3 sessions (50 + 300) and 400 labels (800): 1150 against a budget of 1000.
        verifier.verifyThat(BudgetConstraints::stayWithinBudget)
                .given(CONTEXT, brain(3), task(400))
                .penalizesBy(new BigDecimal("150.0"));
        verifier.verifyThat(BudgetConstraints::stayWithinBudget)
                .given(CONTEXT, brain(3), task(300))
                .penalizesBy(0);
    }

    @Test
    void buyingBelowTheMinimumIsPenalizedByTheMissingUnits() {
        verifier.verifyThat(BudgetConstraints::buyAtLeastTheMinimum)
                .given(CONTEXT, brain(0), task(10))
                .penalizesBy(BigDecimal.valueOf(2));
        verifier.verifyThat(BudgetConstraints::buyAtLeastTheMinimum)
                .given(CONTEXT, brain(2), task(10))
                .penalizesBy(0);
    }

    @Test
    void buyingAboveTheMaximumIsPenalizedByTheExtraUnits() {
        verifier.verifyThat(BudgetConstraints::buyAtMostTheMaximum)
                .given(CONTEXT, brain(23), task(0))
                .penalizesBy(BigDecimal.valueOf(3));
        verifier.verifyThat(BudgetConstraints::buyAtMostTheMaximum)
                .given(CONTEXT, brain(20), task(0))
                .penalizesBy(0);
    }

    @Test
    void theRiskIsTheSoftPenaltyWhenMinimizingRisk() {
        int[] units = {3, 300};
        BigDecimal risk = CONTEXT.risk(units);
        verifier.verifyThat(BudgetConstraints::minimizeRisk)
                .given(CONTEXT, brain(3), task(300))
                .penalizesBy(risk);
        verifier.verifyThat(BudgetConstraints::minimizeCost)
                .given(CONTEXT, brain(3), task(300))
                .penalizesBy(0);
        verifier.verifyThat(BudgetConstraints::reachTheTargetRisk)
                .given(CONTEXT, brain(3), task(300))
                .penalizesBy(0);
    }

    @Test
    void costAndTargetRiskApplyWhenMinimizingCost() {
        Problem costProblem = new Problem(WORLD, PROBLEM.sources(), 1000, "USD",
                org.brainbudget.plan.Objective.MINIMIZE_COST, 0.01, PROBLEM.scenarios(), PROBLEM.aggregate(),
                PROBLEM.estimators());
        PlanContext context = new PlanContext(new PlanEvaluator(costProblem));
        BigDecimal risk = context.risk(new int[] {3, 300});
        verifier.verifyThat(BudgetConstraints::minimizeCost)
                .given(context, brain(3), task(300))
                .penalizesBy(new BigDecimal("950.0"));
        verifier.verifyThat(BudgetConstraints::reachTheTargetRisk)
                .given(context, brain(3), task(300))
                .penalizesBy(risk.subtract(new BigDecimal("0.01")));
        verifier.verifyThat(BudgetConstraints::minimizeRisk)
                .given(context, brain(3), task(300))
                .penalizesBy(0);
    }
}
