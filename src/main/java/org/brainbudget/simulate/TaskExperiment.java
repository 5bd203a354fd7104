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

    /** Σ_g w_g X_gᵀX_g and Σ_g w_g X_gᵀy_g: the statistics of weighted least squares over several sources. */
    static TaskExperiment weighted(java.util.List<TaskExperiment> sources, double[] weights) {
        int d = sources.get(0).gram().numRows;
        DMatrixRMaj gram = new DMatrixRMaj(d, d);
        DMatrixRMaj moment = new DMatrixRMaj(d, 1);
        int samples = 0;
        for (int g = 0; g < sources.size(); g++) {
            CommonOps_DDRM.addEquals(gram, weights[g], sources.get(g).gram());
            CommonOps_DDRM.addEquals(moment, weights[g], sources.get(g).crossMoment());
            samples += sources.get(g).samples();
        }
        return new TaskExperiment(gram, moment, samples);
    }

    static TaskExperiment draw(DMatrixRMaj beta, double noise, int samples, RandomGenerator rng) {
        return draw(beta, noise, samples, null, rng);
    }

    /** Task inputs with covariance Σ (null for the identity): XᵀX = (Σ^{1/2}L)(Σ^{1/2}L)ᵀ. */
    static TaskExperiment draw(DMatrixRMaj beta, double noise, int samples, GroupCovariance inputs,
                               RandomGenerator rng) {
        int d = beta.numRows;
        DMatrixRMaj bartlett = Gaussians.wishartFactor(d, samples, rng);
        DMatrixRMaj factor = inputs == null ? bartlett : inputs.apply(bartlett, 0.5);
        DMatrixRMaj gram;
        if (inputs == null && bartlett.numCols == d) {
            gram = Products.lowerTimesTranspose(bartlett);
        } else {
            gram = Products.outer(factor);
        }
        DMatrixRMaj xty = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.mult(gram, beta, xty);
        DMatrixRMaj z = Gaussians.matrix(factor.numCols, 1, rng);
        CommonOps_DDRM.scale(Math.sqrt(noise), z);
        CommonOps_DDRM.multAdd(factor, z, xty);
        return new TaskExperiment(gram, xty, samples);
    }
}
