package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.ShiftedRisk;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;

/**
 * Ill-conditioned corners: sample counts next to d and k, SNR from 1e-12 to 1e12, misalignment at and next to 0
 * and 1. The closed forms give a finite, non-negative risk or say why there is none; the simulator gives finite
 * risks for every estimator it reports. Never NaN.
 */
class NumericalRobustnessProperties {

    @Provide
    Arbitrary<Double> snrs() {
        return Arbitraries.of(1e-12, 1e-6, 0.01, 1.0, 100.0, 1e6, 1e12);
    }

    @Provide
    Arbitrary<Double> misalignments() {
        return Arbitraries.of(0.0, 1e-12, 1e-6, 0.5, 1 - 1e-6, 1 - 1e-12, 1.0);
    }

    /** Sample counts relative to d and k: offsets that make matrices square, singular or barely invertible. */
    private static double samples(int which, int d, int k) {
        return switch (which) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> k;
            case 3 -> k + 1;
            case 4 -> k + 2;
            case 5 -> d - 1;
            case 6 -> d;
            case 7 -> d + 1;
            case 8 -> d + 2;
            default -> 50.0 * d;
        };
    }

    @Property(tries = 400, seed = "20261204")
    void closedFormsAreFiniteOrSayWhyNot(@ForAll @IntRange(min = 4, max = 300) int d,
                                         @ForAll @IntRange(min = 1, max = 6) int kWanted,
                                         @ForAll @IntRange(min = 1, max = 3) int channelFactor,
                                         @ForAll("snrs") double snr, @ForAll("misalignments") double m,
                                         @ForAll @IntRange(min = 0, max = 9) int brainCase,
                                         @ForAll @IntRange(min = 1, max = 9) int taskCase,
                                         @ForAll boolean shifted) {
        int k = Math.min(kWanted, d - 2);
        World world = World.withUniformSnr(d, k, k * channelFactor, 1.0, 0.5, m, 1, snr);
        double nB = samples(brainCase, d, k);
        double nT = Math.max(1, samples(taskCase, d, k));
        Design design = Design.of(world, nB, nT);
        RiskModel model = new RiskModel(world);
        SubspaceRecovery.Prediction recovery = nB > 0 ? model.recovery(design.brain()) : null;
        if (recovery != null) {
            assertThat(recovery.expectedMisalignment()).isBetween(0.0, 1.0);
        }
        var risks = shifted
                ? ShiftedRisk.risks(world, design, new Shift(new Shift.Multipliers(1, 1, 0.1),
                        new Shift.Multipliers(1, 3, 10), Shift.Multipliers.ONE), recovery)
                : model.risks(design, recovery);
        for (Estimator e : Estimator.values()) {
            Risk r = risks.get(e);
            if (r.isDefined()) {
                assertThat(r.value()).as("%s at nB=%s nT=%s", e, nB, nT).isFinite().isGreaterThanOrEqualTo(0);
            } else {
                assertThat(r.undefinedReason()).as(e.key()).isNotBlank();
            }
        }
        assertThat(risks.get(Estimator.TASK_ONLY).isDefined()).isTrue();
    }

    @Property(tries = 60, seed = "20261204")
    void simulatedRisksAreFinite(@ForAll @IntRange(min = 4, max = 14) int d,
                                 @ForAll @IntRange(min = 1, max = 3) int kWanted,
                                 @ForAll("snrs") double snr, @ForAll("misalignments") double m,
                                 @ForAll @IntRange(min = 1, max = 9) int brainCase,
                                 @ForAll @IntRange(min = 1, max = 9) int taskCase) {
        int k = Math.min(kWanted, d - 2);
        World world = World.withUniformSnr(d, k, 2 * k, 1.0, 0.5, m, 1, snr);
        int nB = (int) samples(brainCase, d, k);
        int nT = (int) Math.max(1, samples(taskCase, d, k));
        Stage1Method method = Stage1Method.OLS.isDefinedFor(nB, d) ? Stage1Method.OLS : Stage1Method.CROSS_COVARIANCE;
        SimulationResult result = MonteCarlo.run(world, Design.of(world, nB, nT),
                new SimulationSettings(3, 11, List.of(method)));
        result.risks().forEach((e, est) -> assertThat(est.mean()).as("%s at nB=%d nT=%d", e, nB, nT).isFinite()
                .isGreaterThanOrEqualTo(0));
        assertThat(result.risks()).containsKey(Estimator.TASK_ONLY).containsKey(Estimator.BRAIN_REGULARIZED);
        assertThat(result.effectiveMisalignment().mean()).isBetween(0.0, 1.0 + 1e-9);
    }
}
