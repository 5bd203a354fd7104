package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator draws sufficient statistics instead of raw data. Here the raw data are generated the slow way
 * (X, a full random M, R = X U Mᵀ + E) and the stage-1 estimate computed from them; the mean m̂ must agree.
 */
class ExplicitDataTest {

    @ParameterizedTest
    @CsvSource({"30, 3, 3, 80, OLS", "30, 3, 12, 80, OLS", "30, 3, 12, 80, CROSS_COVARIANCE",
                "30, 3, 40, 20, CROSS_COVARIANCE", "20, 2, 60, 200, OLS"})
    void sufficientStatisticsReproduceRawDataRecovery(int d, int k, int p, int n, Stage1Method method) {
        World world = World.withUniformSnr(d, k, p, 1.0, 0.5, 0.2, 1, 1.5);
        int reps = 600;
        double[] fast = new double[reps];
        double[] slow = new double[reps];
        for (int i = 0; i < reps; i++) {
            RandomGenerator rng = new Well19937c(1000 + i);
            WorldInstance instance = WorldInstance.draw(world, rng);
            DMatrixRMaj uHat = BrainExperiment.estimateSubspace(world, instance, n, method, rng);
            fast[i] = MonteCarlo.misalignment(instance.beta(), uHat, world.taskSignal());
            slow[i] = MonteCarlo.misalignment(instance.beta(), RawBrainData.subspace(world, instance, null, n, method, rng),
                    world.taskSignal());
        }
        Estimate a = Estimate.of(fast);
        Estimate b = Estimate.of(slow);
        double se = Math.hypot(a.stdError(), b.stdError());
        assertThat(Math.abs(a.mean() - b.mean())).as("fast %s vs raw %s", a, b).isLessThan(3.5 * se);
    }
}
