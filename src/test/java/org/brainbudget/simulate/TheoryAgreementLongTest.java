package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.brainbudget.theory.SubspaceRecovery.Regime;
import org.brainbudget.validation.Agreement;
import org.brainbudget.validation.AgreementGrid;
import org.brainbudget.world.Estimator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The long Monte Carlo check (mvn -Pmontecarlo test): five times the replications of the default run, and every
 * quantity the law claims in its regime: risks of all estimators and, where the subspace law claims 5%, m̂ itself.
 */
@Tag("montecarlo")
class TheoryAgreementLongTest {

    static final int REPS = 1000;
    static final long SEED = 7L;
    private static final EnumSet<Regime> MISALIGNMENT_CHECKED =
            EnumSet.of(Regime.RECOVERED, Regime.NO_BETTER_THAN_RANDOM, Regime.NO_BRAIN_DATA);

    static Stream<AgreementGrid.Point> grid() {
        return AgreementGrid.points().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void everyClaimedQuantityAgrees(AgreementGrid.Point point) {
        Agreement a = Agreement.compare(point, REPS, SEED);
        check("task-only", a.taskOnly(), a.simulated(Estimator.TASK_ONLY));
        check("brain-regularized", a.brainRegularized(), a.simulated(Estimator.BRAIN_REGULARIZED));
        if (MISALIGNMENT_CHECKED.contains(a.recovery().regime())) {
            Estimate bp = a.simulated(Estimator.BRAIN_PROJECTED);
            if (bp != null && Double.isFinite(a.brainProjected())) {
                check("brain-projected", a.brainProjected(), bp);
            }
            if (a.simulated().effectiveMisalignment() != null) {
                check("m̂", a.recovery().expectedMisalignment(), a.simulated().effectiveMisalignment());
            }
        }
    }

    private static void check(String what, double predicted, Estimate simulated) {
        assertThat(Agreement.agrees(predicted, simulated))
                .as(String.format(Locale.ROOT, "%s: closed form %.5g, simulated %.5g ± %.2g", what, predicted,
                        simulated.mean(), simulated.stdError()))
                .isTrue();
    }
}
