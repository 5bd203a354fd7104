package org.brainbudget.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftedRidgeTest {

    /** Without shift and with the Bayes penalties the bias–variance form equals the posterior-trace form. */
    @ParameterizedTest
    @CsvSource({"100, 20, 0.5, 0.3", "100, 150, 0.5, 0.0", "60, 400, 1.0, 0.6", "300, 90, 0.2, 0.1"})
    void withoutShiftItIsTheTunedRidgeRisk(int d, double n, double noise, double m) {
        int k = 10;
        double s = 1.0;
        double lambdaIn = noise * k / ((1 - m) * s);
        double lambdaOut = m == 0 ? 1e12 : noise * (d - k) / (m * s);
        double shifted = ShiftedRidge.risk(List.of(
                new ShiftedRidge.Block(k, 1, 1, (1 - m) * s, lambdaIn),
                new ShiftedRidge.Block(d - k, 1, 1, m * s, lambdaOut)), n, noise);
        double tuned = TunedRidge.risk(n, noise, List.of(new PriorBlock(k, (1 - m) * s), new PriorBlock(d - k, m * s)));
        assertThat(shifted).isCloseTo(tuned, within(1e-6 * tuned));
    }
}
