package org.brainbudget.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * One random draw of the world's hidden structure.
 *
 * @param latentBasis d × k orthonormal basis of U whose column j is the input direction of latent j, the one
 *                    recorded with SNR_j (U times the right singular vectors of M)
 * @param misalignedBasis d × t orthonormal basis of T, orthogonal to U
 * @param beta        the true task coefficients β*, with power (1−m)S in U and mS in T
 * @param frame       the orthonormal frame [U, T, nuisance...] the instance was drawn from
 */
record WorldInstance(DMatrixRMaj latentBasis, DMatrixRMaj misalignedBasis, DMatrixRMaj beta, DMatrixRMaj frame) {

    static WorldInstance draw(World world, RandomGenerator rng) {
        return draw(world, false, rng);
    }

    /**
     * @param fullBasis draw a complete orthonormal basis of the input space (U, T, then the nuisance directions),
     *                  needed when covariances differ between the direction groups
     */
    static WorldInstance draw(World world, boolean fullBasis, RandomGenerator rng) {
        int d = world.inputDim();
        int k = world.latentDim();
        int t = world.misalignedDim();
        DMatrixRMaj frame = haarFrame(d, fullBasis ? d : k + t, rng);
        DMatrixRMaj u = CommonOps_DDRM.extract(frame, 0, d, 0, k);
        DMatrixRMaj tBasis = CommonOps_DDRM.extract(frame, 0, d, k, k + t);
        double s = world.taskSignal();
        double m = world.misalignment();
        DMatrixRMaj beta = randomDirectionIn(u, (1 - m) * s, rng);
        CommonOps_DDRM.addEquals(beta, randomDirectionIn(tBasis, m * s, rng));
        return new WorldInstance(u, tBasis, beta, frame);
    }

    /** A Haar-distributed d × r orthonormal frame: Q of a Gaussian matrix with R's diagonal made positive. */
    static DMatrixRMaj haarFrame(int d, int r, RandomGenerator rng) {
        DMatrixRMaj g = Gaussians.matrix(d, r, rng);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(d, r);
        if (!qr.decompose(g.copy())) {
            throw new IllegalStateException("QR of a Gaussian matrix failed");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj rr = qr.getR(null, true);
        for (int j = 0; j < r; j++) {
            if (rr.get(j, j) < 0) {
                for (int i = 0; i < d; i++) {
                    q.set(i, j, -q.get(i, j));
                }
            }
        }
        return q;
    }

    /** A vector of squared norm {@code power} pointing in a uniformly random direction of span(basis). */
    private static DMatrixRMaj randomDirectionIn(DMatrixRMaj basis, double power, RandomGenerator rng) {
        DMatrixRMaj g = Gaussians.matrix(basis.numCols, 1, rng);
        CommonOps_DDRM.scale(Math.sqrt(power / dot(g, g)), g);
        DMatrixRMaj v = new DMatrixRMaj(basis.numRows, 1);
        CommonOps_DDRM.mult(basis, g, v);
        return v;
    }

    static double dot(DMatrixRMaj a, DMatrixRMaj b) {
        return VectorVectorMult_DDRM.innerProd(a, b);
    }
}
