package org.brainbudget.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

class CalibratorTest {

    @Test
    void spikeInversionUndoesTheSpikeLaw() {
        int d = 40;
        int p = 64;
        for (double theta : new double[] {60, 200, 1000, 5000}) {
            double eigenvalue = (theta + d) * (theta + p) / theta;
            assertThat(Calibrator.spikeStrength(eigenvalue, d, p)).isCloseTo(theta, within(1e-9 * theta));
        }
        // At or below the bulk edge a spike cannot be told from noise: the threshold strength √(dp).
        double edge = Math.pow(Math.sqrt(d) + Math.sqrt(p), 2);
        // A double root there: rounding in the eigenvalue moves it by about √(ε·edge²), some 1e-6.
        assertThat(Calibrator.spikeStrength(edge, d, p)).isCloseTo(Math.sqrt(d * p), within(1e-4));
        assertThat(Calibrator.spikeStrength(0.5 * edge, d, p)).isEqualTo(Math.sqrt(d * p));
    }

    @Test
    void noiseFloorLiesAboveTheBulkEdge() {
        for (int[] ab : new int[][] {{40, 64}, {200, 20}, {30, 30}}) {
            double edge = Math.pow(Math.sqrt(ab[0] - 1.0) + Math.sqrt(ab[1]), 2);
            assertThat(Calibrator.noiseFloor(ab[0], ab[1])).isGreaterThan(edge).isLessThan(1.5 * edge);
        }
    }

    @Test
    void misalignmentCorrectionInvertsTheRecoveryLaw() {
        int d = 30;
        int k = 3;
        int p = 40;
        double[] snr = {4, 2, 1};
        int brainRows = 300;
        for (double m : new double[] {0.05, 0.3, 0.7}) {
            double expected = SubspaceRecovery.predict(new World(d, k, p, 1, 1, m, 1, List.of(4.0, 2.0, 1.0)),
                    brainRows, Stage1Method.OLS).expectedMisalignment();
            assertThat(expected).isGreaterThan(m);
            assertThat(Calibrator.correctedMisalignment(d, k, p, 1, 1, snr, brainRows, expected))
                    .isCloseTo(m, within(1e-6));
        }
        assertThat(Calibrator.correctedMisalignment(d, k, p, 1, 1, snr, brainRows, 0.0)).isZero();
    }
}
