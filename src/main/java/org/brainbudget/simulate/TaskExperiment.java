package org.brainbudget.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The n_T labelled task samples, held as their sufficient statistics XᵀX and Xᵀy.
 *
 * <p>Drawn exactly: XᵀX = LLᵀ is Wishart and, given X, Xᵀy = XᵀX β* + σ_y L z with z standard normal.
 */
record TaskExperiment(DMatrixRMaj gram, DMatrixRMaj crossMoment, int samples) {

    static TaskExperiment draw(DMatrixRMaj beta, double noise, int samples, RandomGenerator rng) {
        int d = beta.numRows;
        DMatrixRMaj factor = Gaussians.wishartFactor(d, samples, rng);
        DMatrixRMaj gram = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(factor, factor, gram);
        DMatrixRMaj xty = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.mult(gram, beta, xty);
        DMatrixRMaj z = Gaussians.matrix(factor.numCols, 1, rng);
        CommonOps_DDRM.scale(Math.sqrt(noise), z);
        CommonOps_DDRM.multAdd(factor, z, xty);
        return new TaskExperiment(gram, xty, samples);
    }
}
