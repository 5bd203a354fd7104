package org.brainbudget.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

class SubspaceRecoveryTest {

    @Test
    void withoutBrainDataTheSubspaceIsRandom() {
        World w = Worlds.of(100, 5, 5, 0.3, 2);
        SubspaceRecovery.Prediction p = SubspaceRecovery.predict(w, 0);
        assertThat(p.expectedMisalignment()).isEqualTo(1 - 5.0 / 100);
        assertThat(p.regime()).isEqualTo(SubspaceRecovery.Regime.NO_BRAIN_DATA);
    }

    /** With one channel per latent, the law is the per-column one: o = q / (q + d − k). */
    @Test
    void oneChannelPerLatentGivesThePerColumnLaw() {
        World w = Worlds.of(100, 5, 5, 0.0, 2);
        double n = 400;
        double q = 2 * (n - 100 - 1);
        double overlap = q / (q + 95);
        double expected = 1 - (overlap + 0 * 0);
        assertThat(SubspaceRecovery.predict(w, n, Stage1Method.OLS).expectedMisalignment())
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void aHandfulOfRecordingsIsNoBetterThanARandomSubspace() {
        World w = Worlds.of(100, 5, 5, 0.2, 10);
        for (int n = 1; n <= 5; n++) {
            SubspaceRecovery.Prediction p = SubspaceRecovery.predict(w, n);
            assertThat(p.expectedMisalignment()).as("n_B = %d", n).isEqualTo(SubspaceRecovery.randomLevel(w));
            assertThat(p.regime()).isEqualTo(SubspaceRecovery.Regime.NO_BETTER_THAN_RANDOM);
        }
    }

    @Test
    void recoveryImprovesWithBrainSamplesTowardsTheTrueMisalignment() {
        World w = Worlds.of(100, 5, 50, 0.2, 3);
        double previous = SubspaceRecovery.randomLevel(w);
        for (double n : new double[] {50, 200, 1000, 5000, 1e5, 1e7}) {
            double m = SubspaceRecovery.predict(w, n).expectedMisalignment();
            assertThat(m).as("n_B = %s", n).isLessThanOrEqualTo(previous);
            previous = m;
        }
        assertThat(previous).isCloseTo(0.2, within(1e-3));
    }

    @Test
    void extraChannelsMakeRecoveryHarder() {
        double fewChannels = SubspaceRecovery.predict(Worlds.of(100, 5, 5, 0.2, 1), 670).expectedMisalignment();
        double manyChannels = SubspaceRecovery.predict(Worlds.of(100, 5, 500, 0.2, 1), 670).expectedMisalignment();
        assertThat(manyChannels).isGreaterThan(fewChannels + 0.1);
    }

    @Test
    void theBetterStageOneMethodIsChosen() {
        World w = Worlds.of(100, 5, 5, 0.2, 10);
        assertThat(SubspaceRecovery.predict(w, 80).method()).isEqualTo(Stage1Method.CROSS_COVARIANCE);
        // Far above d the OLS coefficient is free of the (XᵀX/n − I)C term and wins at high SNR.
        assertThat(SubspaceRecovery.predict(w, 2000).method()).isEqualTo(Stage1Method.OLS);
    }

    @Test
    void nearTheDetectabilityThresholdThePredictionIsFlaggedAsUnchecked() {
        World w = Worlds.of(100, 5, 500, 0.2, 1);
        SubspaceRecovery.Prediction p = SubspaceRecovery.predict(w, 670, Stage1Method.OLS);
        assertThat(p.regime()).isEqualTo(SubspaceRecovery.Regime.NEAR_THRESHOLD);
        assertThat(p.regime().isChecked()).isFalse();
    }
}
