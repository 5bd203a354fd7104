package org.brainbudget.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TunedRidgeTest {

    /** One block: the fixed point is the positive root of Dδ² + (1 + D − γ)δ − γ = 0, γ = d/n. */
    @ParameterizedTest
    @CsvSource({"100, 20, 1.0, 0.5", "100, 100, 1.0, 0.5", "100, 400, 2.0, 0.1", "30, 5, 0.3, 3.0", "300, 1200, 1, 1"})
    void oneBlockMatchesTheQuadraticRoot(double d, double n, double signal, double noise) {
        double gamma = d / n;
        double bigD = noise * d / (n * signal);
        double b = 1 + bigD - gamma;
        double delta = (-b + Math.sqrt(b * b + 4 * bigD * gamma)) / (2 * bigD);
        double risk = TunedRidge.risk(n, noise, List.of(new PriorBlock(d, signal)));
        assertThat(risk).isCloseTo(noise * delta, within(1e-10 * Math.max(1, risk)));
    }

    @Test
    void noSamplesLeaveTheWholeSignalAndManySamplesApproachOlsVariance() {
        List<PriorBlock> block = List.of(new PriorBlock(50, 2.0));
        assertThat(TunedRidge.risk(0, 0.5, block)).isEqualTo(2.0);
        double n = 1e6;
        assertThat(TunedRidge.risk(n, 0.5, block)).isCloseTo(0.5 * 50 / n, within(1e-3 * 0.5 * 50 / n));
    }

    @Test
    void blocksWithTheSameSignalDensityBehaveAsOneBlock() {
        double one = TunedRidge.risk(80, 0.5, List.of(new PriorBlock(100, 1.0)));
        double two = TunedRidge.risk(80, 0.5, List.of(new PriorBlock(10, 0.1), new PriorBlock(90, 0.9)));
        assertThat(two).isCloseTo(one, within(1e-10));
    }

    @Test
    void aBlockWithoutSignalDropsOut() {
        double withEmpty = TunedRidge.risk(40, 0.5, List.of(new PriorBlock(10, 1.0), new PriorBlock(90, 0)));
        double alone = TunedRidge.risk(40, 0.5, List.of(new PriorBlock(10, 1.0)));
        assertThat(withEmpty).isEqualTo(alone);
    }

    @Test
    void knowingWhereTheSignalIsLowersTheRisk() {
        double isotropic = TunedRidge.risk(60, 0.5, List.of(new PriorBlock(100, 1.0)));
        double concentrated = TunedRidge.risk(60, 0.5, List.of(new PriorBlock(10, 0.9), new PriorBlock(90, 0.1)));
        assertThat(concentrated).isLessThan(isotropic);
    }
}
