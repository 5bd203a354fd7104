package org.brainbudget.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.brainbudget.world.World;

class RiskModelProperties {

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Integer> d = Arbitraries.integers().between(10, 300);
        Arbitrary<Double> frac = Arbitraries.doubles().between(0.02, 0.5);
        Arbitrary<Integer> channelFactor = Arbitraries.integers().between(1, 100);
        Arbitrary<Double> m = Arbitraries.doubles().between(0, 0.9);
        Arbitrary<Double> snr = Arbitraries.doubles().between(0.1, 20);
        Arbitrary<Double> noise = Arbitraries.doubles().between(0.05, 5);
        return Combinators.combine(d, frac, channelFactor, m, snr, noise).as((dd, f, c, mm, s, sn) -> {
            int k = Math.max(1, Math.min(dd - 1, (int) Math.round(f * dd)));
            return World.withUniformSnr(dd, k, k * c, 1.0, sn, mm, 1, s);
        });
    }

    @Property(tries = 60, seed = "20261204")
    void risksFallWithTaskSamples(@ForAll("worlds") World w, @ForAll @IntRange(min = 0, max = 5000) int nB,
                                  @ForAll @IntRange(min = 1, max = 2000) int nT) {
        RiskModel model = new RiskModel(w);
        int more = nT + Math.max(1, nT / 4);
        assertThat(model.taskOnly(more)).isLessThan(model.taskOnly(nT));
        assertThat(model.brainRegularized(nB, more)).isLessThan(model.brainRegularized(nB, nT));
        Risk bp = model.brainProjected(nB, nT);
        if (bp.isDefined()) {
            assertThat(model.brainProjected(nB, more).value()).isLessThanOrEqualTo(bp.value());
        }
    }

    @Property(tries = 60, seed = "20261204")
    void brainRisksDoNotRiseWithBrainSamples(@ForAll("worlds") World w,
                                             @ForAll @IntRange(min = 0, max = 5000) int nB,
                                             @ForAll @IntRange(min = 1, max = 2000) int nT) {
        RiskModel model = new RiskModel(w);
        int more = nB + Math.max(1, nB / 4);
        assertThat(model.brainRegularized(more, nT)).isLessThanOrEqualTo(model.brainRegularized(nB, nT) * (1 + 1e-9));
        Risk bp = model.brainProjected(nB, nT);
        // Beyond the random level the task lives mostly outside U: a better Û then keeps less of the signal,
        // and brain-projected rightly gets worse (see brainProjectedSuffersWhenTheTaskAvoidsTheBrainSubspace).
        if (bp.isDefined() && nB > 0 && w.misalignment() <= SubspaceRecovery.randomLevel(w)) {
            assertThat(model.brainProjected(more, nT).value()).isLessThanOrEqualTo(bp.value() * (1 + 1e-9));
        }
    }

    @Property(tries = 60, seed = "20261204")
    void withoutBrainDataEveryBrainEstimatorIsTaskOnly(@ForAll("worlds") World w,
                                                       @ForAll @IntRange(min = 1, max = 5000) int nT) {
        RiskModel model = new RiskModel(w);
        assertThat(model.brainRegularized(0, nT)).isEqualTo(model.taskOnly(nT));
        assertThat(model.brainProjected(0, nT).value()).isEqualTo(model.taskOnly(nT));
    }

    /** Aligned task, unlimited brain data: the problem becomes k-dimensional. */
    @Property(tries = 40, seed = "20261204")
    void perfectBrainDataReduceTheProblemToTheLatentDimension(@ForAll("worlds") World w,
                                                              @ForAll @IntRange(min = 1, max = 2000) int nT) {
        World aligned = w.withMisalignment(0);
        RiskModel model = new RiskModel(aligned);
        double kDimensional = TunedRidge.risk(nT, aligned.taskNoise(),
                List.of(new PriorBlock(aligned.latentDim(), aligned.taskSignal())));
        double limit = model.brainRegularized(1e12, nT);
        assertThat(limit).isCloseTo(kDimensional, within(1e-3 * kDimensional + 1e-9));
    }

    @Property(tries = 60, seed = "20261204")
    void riskStaysBetweenZeroAndTheSignal(@ForAll("worlds") World w, @ForAll @IntRange(min = 0, max = 5000) int nB,
                                          @ForAll @IntRange(min = 1, max = 2000) int nT) {
        RiskModel model = new RiskModel(w);
        assertThat(model.taskOnly(nT)).isBetween(0.0, w.taskSignal());
        assertThat(model.brainRegularized(nB, nT)).isBetween(0.0, w.taskSignal());
    }

    @Property(tries = 30, seed = "20261204")
    void brainProjectedSuffersWhenTheTaskAvoidsTheBrainSubspace(@ForAll("worlds") World w,
                                                                 @ForAll @IntRange(min = 1, max = 2000) int nT) {
        World avoiding = w.withMisalignment(1.0);
        RiskModel model = new RiskModel(avoiding);
        int k = avoiding.latentDim();
        if (nT > k + 1) {
            assertThat(model.brainProjected(1e9, nT).value())
                    .isGreaterThanOrEqualTo(model.brainProjected(1, nT).value());
        }
        assertThat(model.brainRegularized(1e9, nT)).isLessThanOrEqualTo(model.brainRegularized(1, nT));
    }
}
