package org.brainbudget.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MODEL §5: with one brain and one task source the optimum sits where the risk bought per unit of money is the same
 * for both, (∂R/∂n_B)/c_B = (∂R/∂n_T)/c_T, or at the corner n_B = 0 where brain data buys less. Checked on the
 * recommended (OptaPlanner) plan with one-sided slopes, which also holds at a kink of the subspace law.
 */
class OptimalityConditionTest {

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(World.withUniformSnr(200, 10, 10, 1.0, 0.5, 0.1, 1, 5), 2.0, 10.0, 20000.0),
                Arguments.of(World.withUniformSnr(200, 10, 100, 1.0, 0.5, 0.2, 1, 3), 1.0, 8.0, 15000.0),
                Arguments.of(World.withUniformSnr(100, 5, 5, 1.0, 1.0, 0.3, 1, 2), 0.5, 3.0, 3000.0),
                Arguments.of(World.withUniformSnr(300, 20, 20, 1.0, 0.5, 0.0, 1, 8), 1.5, 20.0, 60000.0),
                Arguments.of(World.withUniformSnr(100, 10, 10, 1.0, 0.5, 0.8, 1, 1), 4.0, 1.0, 2000.0),
                Arguments.of(World.withUniformSnr(50, 5, 5, 1.0, 0.5, 0.1, 1, 5), 30.0, 1.0, 3000.0));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void marginalRiskPerCostIsEqualisedOrBrainDataIsNotBought(World world, double brainPrice, double labelPrice,
                                                            double budget) {
        Source brain = Source.perSample("brain", SourceKind.BRAIN, brainPrice);
        Source task = Source.perSample("labels", SourceKind.TASK, labelPrice);
        Problem problem = new Problem(world, List.of(brain, task), budget, "USD", Objective.MINIMIZE_RISK,
                Double.NaN, List.of(new Scenario("base", 1, world)), Aggregate.EXPECTED,
                List.of(Estimator.BRAIN_REGULARIZED));
        // The recommendation itself: the OptaPlanner plan, as the plan command makes it.
        Evaluation optimum = org.brainbudget.plan.solver.PlanSolver.solve(new PlanEvaluator(problem),
                org.brainbudget.plan.solver.PlanSolver.Settings.DEFAULT);
        RiskModel model = new RiskModel(world);
        double nB = optimum.units()[0];
        double nT = optimum.units()[1];
        double hT = Math.max(2, 0.01 * nT);
        double taskGain = (model.brainRegularized(nB, nT - hT) - model.brainRegularized(nB, nT + hT)) / (2 * hT)
                / labelPrice;
        double hB = Math.max(2, 0.01 * nB);
        double nextBrainGain = (model.brainRegularized(nB, nT) - model.brainRegularized(nB + hB, nT)) / hB / brainPrice;
        assertThat(nextBrainGain).as("more brain data would pay more than labels at n_B = %s", nB)
                .isLessThanOrEqualTo(taskGain * 1.05);
        if (nB > hB) {
            double lastBrainGain = (model.brainRegularized(nB - hB, nT) - model.brainRegularized(nB, nT)) / hB
                    / brainPrice;
            assertThat(lastBrainGain).as("the last brain samples paid less than labels at n_B = %s", nB)
                    .isGreaterThanOrEqualTo(taskGain * 0.95);
        }
    }
}
