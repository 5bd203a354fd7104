package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.validation.Agreement;
import org.brainbudget.validation.AgreementGrid;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closed form against simulation of the exact estimators. Agreement means within 5%, or within 3 standard errors
 * where the simulation is noisier than that.
 */
class TheoryAgreementTest {

    static final int REPS = 200;
    static final long SEED = 20261204L;

    static Stream<AgreementGrid.Point> grid() {
        return AgreementGrid.points().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void brainRegularizedAndTaskOnlyAgreeWithSimulation(AgreementGrid.Point point) {
        Agreement a = Agreement.compare(point, REPS, SEED);
        assertThat(a.recovery().regime().isChecked()).as("grid points lie where the law claims validity").isTrue();
        assertAgrees("task-only", a.taskOnly(), a.simulated(Estimator.TASK_ONLY));
        assertAgrees("brain-regularized", a.brainRegularized(), a.simulated(Estimator.BRAIN_REGULARIZED));
    }

    static void assertAgrees(String what, double predicted, Estimate simulated) {
        assertThat(Agreement.agrees(predicted, simulated))
                .as(String.format(Locale.ROOT, "%s: closed form %.5g, simulated %.5g ± %.2g (%+.1f%%, z = %+.1f)",
                        what, predicted, simulated.mean(), simulated.stdError(),
                        100 * (predicted / simulated.mean() - 1), simulated.zScore(predicted)))
                .isTrue();
    }

    /** A handful of recordings gives a random subspace: neither theory nor simulation may show a gain. */
    @Test
    void aHandfulOfBrainSamplesIsWorthNothing() {
        World w = World.withUniformSnr(60, 6, 6, 1.0, 0.5, 0.1, 1, 5.0);
        RiskModel model = new RiskModel(w);
        for (int nB : new int[] {1, 3, 6}) {
            assertThat(model.brainRegularized(nB, 40)).isEqualTo(model.taskOnly(40));
            SimulationResult sim = MonteCarlo.run(w, new Allocation(nB, 40),
                    new SimulationSettings(400, SEED + nB, model.recovery(nB).method()));
            Estimate to = sim.risks().get(Estimator.TASK_ONLY);
            Estimate br = sim.risks().get(Estimator.BRAIN_REGULARIZED);
            double se = Math.hypot(to.stdError(), br.stdError());
            assertThat(Math.abs(br.mean() - to.mean())).as("n_B = %d: %s vs %s", nB, br, to).isLessThan(3 * se);
        }
    }
}
