package org.brainbudget.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Stage 1 the slow way, from raw data: stimuli X (rows N(0, Σ)), recordings R = X U Mᵀ + E with a random
 * M = Q diag(√SNR), and the coefficient computed from them; the reference for the sufficient-statistic sampler.
 */
final class RawBrainData {

    private RawBrainData() {
    }

    /** Û from n raw samples; {@code stimuli} null means isotropic stimuli. */
    static DMatrixRMaj subspace(World world, WorldInstance instance, GroupCovariance stimuli, int n,
                                Stage1Method method, RandomGenerator rng) {
        int d = world.inputDim();
        int k = world.latentDim();
        int p = world.channels();
        DMatrixRMaj q = WorldInstance.haarFrame(p, k, rng);
        for (int j = 0; j < k; j++) {
            double s = Math.sqrt(world.snr(j));
            for (int i = 0; i < p; i++) {
                q.set(i, j, q.get(i, j) * s);
            }
        }
        DMatrixRMaj xt = Gaussians.matrix(d, n, rng);
        DMatrixRMaj x = CommonOps_DDRM.transpose(stimuli == null ? xt : stimuli.apply(xt, 0.5), null);
        DMatrixRMaj latents = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(x, instance.latentBasis(), latents);
        DMatrixRMaj r = Gaussians.matrix(n, p, rng);
        CommonOps_DDRM.multAddTransB(latents, q, r);
        DMatrixRMaj xtr = new DMatrixRMaj(d, p);
        CommonOps_DDRM.multTransA(x, r, xtr);
        DMatrixRMaj coefficient = new DMatrixRMaj(d, p);
        if (method == Stage1Method.OLS) {
            DMatrixRMaj xtx = new DMatrixRMaj(d, d);
            CommonOps_DDRM.multTransA(x, x, xtx);
            if (!CommonOps_DDRM.solve(xtx, xtr, coefficient)) {
                throw new IllegalStateException("singular XᵀX in the raw-data reference");
            }
        } else {
            CommonOps_DDRM.scale(1.0 / n, xtr, coefficient);
        }
        return TopSubspace.of(coefficient, k);
    }
}
