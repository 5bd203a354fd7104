package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The simulator under distribution shift, against results that are exact for block-diagonal covariances
 * (MODEL §3, Shifts) and against raw data drawn the slow way.
 */
class ShiftSimulationTest {

    private static final Shift.Multipliers TRAIN = new Shift.Multipliers(2.0, 0.5, 0.25);
    private static final Shift.Multipliers TEST = new Shift.Multipliers(1.0, 3.0, 4.0);

    /** OLS under shift: σ² tr(Σ_test Σ_train⁻¹)/(n − d − 1), each group contributing d_g b_g/a_g. */
    @Test
    void taskOnlyOlsFollowsTheExactShiftedFormula() {
        World w = World.withUniformSnr(30, 4, 4, 1.0, 0.5, 0.3, 3, 2);
        Shift shift = new Shift(TRAIN, TEST, Shift.Multipliers.ONE);
        int n = 80;
        SimulationResult r = MonteCarlo.run(w, Design.of(w, 0, n), shift,
                new SimulationSettings(3000, 5, Stage1Method.OLS));
        double trace = 4 * 1.0 / 2.0 + 3 * 3.0 / 0.5 + 23 * 4.0 / 0.25;
        double exact = 0.5 * trace / (n - 30 - 1);
        assertThat(Math.abs(r.risks().get(Estimator.TASK_ONLY_OLS).zScore(exact))).isLessThan(3.5);
    }

    /**
     * Brain-projected with the subspace essentially known (very high SNR, many brain samples, one channel per
     * latent): v_test(T)·mS + (σ² + v_train(T)·mS)·(v_test(U)/v_train(U))·k/(n_T − k − 1).
     */
    @Test
    void brainProjectedWithAKnownSubspaceFollowsTheExactShiftedFormula() {
        World w = World.withUniformSnr(30, 4, 4, 1.0, 0.5, 0.3, 3, 1e6);
        Shift shift = new Shift(TRAIN, TEST, Shift.Multipliers.ONE);
        int n = 40;
        SimulationResult r = MonteCarlo.run(w, Design.of(w, 20000, n), shift,
                new SimulationSettings(3000, 6, Stage1Method.OLS));
        double lost = 0.3;
        double exact = 3.0 * lost + (0.5 + 0.5 * lost) * (1.0 / 2.0) * 4 / (n - 4 - 1);
        Estimate bp = r.risks().get(Estimator.BRAIN_PROJECTED);
        assertThat(Math.abs(bp.mean() / exact - 1)).as("%s vs %s", bp, exact).isLessThan(0.02);
    }

    /** Stage 1 with shifted stimuli, fast path against raw data (X = Z Σ^{1/2}, R = X U Mᵀ + E). */
    @Test
    void shiftedStimuliMatchRawData() {
        World w = World.withUniformSnr(30, 3, 9, 1.0, 0.5, 0.2, 2, 1.5);
        Shift.Multipliers stimuli = new Shift.Multipliers(0.5, 2.0, 3.0);
        int reps = 600;
        int n = 90;
        for (Stage1Method method : Stage1Method.values()) {
            double[] fast = new double[reps];
            double[] slow = new double[reps];
            for (int i = 0; i < reps; i++) {
                RandomGenerator rng = new Well19937c(500 + i);
                WorldInstance instance = WorldInstance.draw(w, true, rng);
                GroupCovariance cov = GroupCovariance.of(w, instance, stimuli);
                DMatrixRMaj uHat = BrainExperiment.estimateSubspace(w, instance, List.of(BrainArm.of(w, n)),
                        List.of(method), cov, rng);
                fast[i] = MonteCarlo.misalignment(instance.beta(), uHat, 1.0);
                slow[i] = MonteCarlo.misalignment(instance.beta(), RawBrainData.subspace(w, instance, cov, n, method, rng), 1.0);
            }
            Estimate a = Estimate.of(fast);
            Estimate b = Estimate.of(slow);
            assertThat(Math.abs(a.mean() - b.mean())).as("%s: fast %s raw %s", method, a, b)
                    .isLessThan(3.5 * Math.hypot(a.stdError(), b.stdError()));
        }
    }

    /**
     * Task-only ridge under shift: the bias–variance deterministic equivalent against simulation for a nuisance
     * shift (rare in training, common at test), an adversarial one (misaligned directions amplified at test) and
     * one on the brain directions.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "1, 1, 0.1, 1, 1, 10", "1, 1, 1, 1, 10, 1", "0.3, 1, 1, 3, 1, 1", "2, 0.5, 0.5, 0.5, 2, 3"})
    void taskOnlyRidgeUnderShiftMatchesItsDeterministicEquivalent(double trainU, double trainT, double trainN,
                                                                  double testU, double testT, double testN) {
        World w = World.withUniformSnr(100, 10, 10, 1.0, 0.5, 0.1, 5, 5);
        Shift shift = new Shift(new Shift.Multipliers(trainU, trainT, trainN),
                new Shift.Multipliers(testU, testT, testN), Shift.Multipliers.ONE);
        int n = 80;
        SimulationResult r = MonteCarlo.run(w, Design.of(w, 0, n), shift,
                new SimulationSettings(400, 8, Stage1Method.OLS));
        double predicted = org.brainbudget.theory.ShiftedRidge.taskOnly(w, org.brainbudget.world.TaskArm.of(w, n), shift);
        TheoryAgreementTest.assertAgrees("task-only under shift", predicted, r.risks().get(Estimator.TASK_ONLY));
    }
}
