package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
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
            slow[i] = MonteCarlo.misalignment(instance.beta(), rawDataSubspace(world, instance, n, method, rng),
                    world.taskSignal());
        }
        Estimate a = Estimate.of(fast);
        Estimate b = Estimate.of(slow);
        double se = Math.hypot(a.stdError(), b.stdError());
        assertThat(Math.abs(a.mean() - b.mean())).as("fast %s vs raw %s", a, b).isLessThan(3.5 * se);
    }

    private static DMatrixRMaj rawDataSubspace(World world, WorldInstance instance, int n, Stage1Method method,
                                               RandomGenerator rng) {
        int d = world.inputDim();
        int k = world.latentDim();
        int p = world.channels();
        // M = Q diag(s) with Q a random p × k orthonormal frame: latent j is recorded with SNR_j.
        DMatrixRMaj q = WorldInstance.haarFrame(p, k, rng);
        for (int j = 0; j < k; j++) {
            double s = Math.sqrt(world.snr(j));
            for (int i = 0; i < p; i++) {
                q.set(i, j, q.get(i, j) * s);
            }
        }
        DMatrixRMaj x = Gaussians.matrix(n, d, rng);
        DMatrixRMaj latents = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(x, instance.latentBasis(), latents);
        DMatrixRMaj r = Gaussians.matrix(n, p, rng);
        CommonOps_DDRM.multAddTransB(latents, q, r);
        DMatrixRMaj xtr = new DMatrixRMaj(d, p);
        CommonOps_DDRM.multTransA(x, r, xtr);
        DMatrixRMaj coefficient;
        if (method == Stage1Method.OLS) {
            DMatrixRMaj xtx = new DMatrixRMaj(d, d);
            CommonOps_DDRM.multTransA(x, x, xtx);
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(d);
            assertThat(solver.setA(xtx)).isTrue();
            coefficient = new DMatrixRMaj(d, p);
            solver.solve(xtr, coefficient);
        } else {
            coefficient = xtr;
            CommonOps_DDRM.divide(coefficient, n);
        }
        return BrainExperiment.topLeftSingularVectors(coefficient, k);
    }
}
