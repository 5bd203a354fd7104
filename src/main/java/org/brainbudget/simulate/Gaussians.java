package org.brainbudget.simulate;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/** Gaussian and Wishart draws used by the simulator. */
final class Gaussians {

    private Gaussians() {
    }

    static DMatrixRMaj matrix(int rows, int cols, RandomGenerator rng) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        double[] data = m.data;
        for (int i = 0; i < data.length; i++) {
            data[i] = rng.nextGaussian();
        }
        return m;
    }

    /**
     * A factor F (dim × min(dim, dof)) such that F Fᵀ is distributed as ZᵀZ for a dof × dim standard Gaussian
     * matrix Z, that is Wishart_dim(dof, I).
     *
     * <p>With dof ≥ dim it is the Bartlett factor, lower triangular with χ-distributed diagonal, so it costs
     * O(dim²) draws whatever dof is; with fewer degrees of freedom it is Zᵀ itself.
     */
    static DMatrixRMaj wishartFactor(int dim, int dof, RandomGenerator rng) {
        if (dof < dim) {
            return matrix(dim, dof, rng);
        }
        DMatrixRMaj f = new DMatrixRMaj(dim, dim);
        for (int i = 0; i < dim; i++) {
            // χ²_ν is Gamma(ν/2, 2). ChiSquaredDistribution samples by inverting its CDF and builds a generator of
            // its own each time (a fifth of a replication at d = 100); GammaDistribution draws by Marsaglia–Tsang.
            GammaDistribution chi2 = new GammaDistribution(rng, (dof - i) / 2.0, 2.0);
            f.unsafe_set(i, i, Math.sqrt(chi2.sample()));
            for (int j = 0; j < i; j++) {
                f.unsafe_set(i, j, rng.nextGaussian());
            }
        }
        return f;
    }
}
