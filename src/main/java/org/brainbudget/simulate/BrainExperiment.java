package org.brainbudget.simulate;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * Stage 1: a brain experiment of n_B stimuli x ~ N(0, I) with recordings r = M Uᵀx + ε_r, and the estimate
 * Û = top-k left singular vectors of the stage-1 coefficient Ĉ.
 *
 * <p>The data are drawn through their sufficient statistics, which have exactly the distribution of the raw
 * data's: Û depends on the data only through ĈĈᵀ; in the basis of the recorded channels where
 * M = diag(s) on the first k channels (the noise ε_r is isotropic, so rotating the channels changes nothing),
 * X_BᵀX_B = LLᵀ is Wishart, Xᵀ(noise of the k signal channels) = L Z₁, and the p − k pure-noise channels
 * contribute L W Lᵀ with W Wishart(p − k). The cost is O(d³), independent of n_B and p.
 */
final class BrainExperiment {

    private BrainExperiment() {
    }

    /** Û, d × k orthonormal, from {@code samples} brain samples of the world's own modality. */
    static DMatrixRMaj estimateSubspace(World world, WorldInstance instance, int samples, Stage1Method method,
                                        RandomGenerator rng) {
        BrainArm arm = BrainArm.of(world, samples);
        return TopSubspace.of(normalizedCoefficient(world, arm, instance, method, null, rng),
                world.latentDim());
    }

    /**
     * Û from several modalities: their stage-1 coefficients, each divided by its mean noise standard deviation,
     * side by side.
     */
    static DMatrixRMaj estimateSubspace(World world, WorldInstance instance, List<BrainArm> arms,
                                        List<Stage1Method> methods, RandomGenerator rng) {
        return estimateSubspace(world, instance, arms, methods, null, rng);
    }

    /** As above, with the experiment's stimuli drawn with covariance Σ (null for the identity). */
    static DMatrixRMaj estimateSubspace(World world, WorldInstance instance, List<BrainArm> arms,
                                        List<Stage1Method> methods, GroupCovariance stimuli, RandomGenerator rng) {
        DMatrixRMaj[] blocks = new DMatrixRMaj[arms.size()];
        for (int b = 0; b < arms.size(); b++) {
            blocks[b] = normalizedCoefficient(world, arms.get(b), instance, methods.get(b), stimuli, rng);
        }
        return TopSubspace.of(CommonOps_DDRM.concatColumnsMulti(blocks), world.latentDim());
    }

    /**
     * A matrix with the same left singular structure as one modality's stage-1 coefficient Ĉ (its signal columns
     * and a factor of its noise columns' Gram), scaled so that the noise has unit mean variance per entry.
     */
    private static DMatrixRMaj normalizedCoefficient(World world, BrainArm arm, WorldInstance instance,
                                                     Stage1Method method, GroupCovariance stimuli,
                                                     RandomGenerator rng) {
        int samples = (int) arm.samples();
        if (!method.isDefinedFor(samples, world.inputDim())) {
            throw new IllegalArgumentException(method + " stage 1 is not defined for n_B = " + samples);
        }
        int d = world.inputDim();
        int k = world.latentDim();
        int noiseChannels = arm.channels() - k;
        DMatrixRMaj signal = instance.latentBasis().copy();
        for (int j = 0; j < k; j++) {
            double s = Math.sqrt(arm.snr(j));
            for (int i = 0; i < d; i++) {
                signal.unsafe_set(i, j, signal.unsafe_get(i, j) * s);
            }
        }
        // With stimulus covariance Σ, XᵀX = (Σ^{1/2}L)(Σ^{1/2}L)ᵀ for the Bartlett factor L.
        DMatrixRMaj bartlett = Gaussians.wishartFactor(d, samples, rng);
        DMatrixRMaj gramFactor = stimuli == null ? bartlett : stimuli.apply(bartlett, 0.5);
        int rank = gramFactor.numCols;
        DMatrixRMaj signalNoise = Gaussians.matrix(rank, k, rng);
        DMatrixRMaj channelNoise = noiseChannels > 0 ? Gaussians.wishartFactor(rank, noiseChannels, rng) : null;

        DMatrixRMaj coefficient;
        DMatrixRMaj noiseColumns;
        double meanNoiseVariance;
        if (method == Stage1Method.OLS) {
            // (XᵀX)⁻¹XᵀE = Σ^{-1/2} L⁻ᵀ Z for the square Bartlett factor L.
            DMatrixRMaj inverseFactor = bartlett.copy();
            TriangularSolver_DDRM.invertLower(inverseFactor.data, d);
            DMatrixRMaj noiseOfSignal = Products.lowerTransposeTimes(inverseFactor, signalNoise, false);
            coefficient = signal;
            CommonOps_DDRM.addEquals(coefficient, stimuli == null ? noiseOfSignal : stimuli.apply(noiseOfSignal, -0.5));
            if (channelNoise == null) {
                noiseColumns = null;
            } else {
                DMatrixRMaj raw = Products.lowerTransposeTimes(inverseFactor, channelNoise,
                        channelNoise.numCols == d);
                noiseColumns = stimuli == null ? raw : stimuli.apply(raw, -0.5);
            }
            meanNoiseVariance = 1.0 / (samples - d - 1);
        } else {
            // XᵀX C + XᵀE = L (Lᵀ C + Z) without forming XᵀX.
            DMatrixRMaj inner = signalNoise;
            CommonOps_DDRM.multAddTransA(gramFactor, signal, inner);
            coefficient = new DMatrixRMaj(d, k);
            CommonOps_DDRM.mult(gramFactor, inner, coefficient);
            CommonOps_DDRM.divide(coefficient, samples);
            if (channelNoise == null) {
                noiseColumns = null;
            } else {
                noiseColumns = new DMatrixRMaj(d, channelNoise.numCols);
                CommonOps_DDRM.mult(gramFactor, channelNoise, noiseColumns);
                CommonOps_DDRM.divide(noiseColumns, samples);
            }
            meanNoiseVariance = 1.0 / samples;
        }
        DMatrixRMaj stacked = noiseColumns == null ? coefficient : CommonOps_DDRM.concatColumnsMulti(coefficient, noiseColumns);
        CommonOps_DDRM.divide(stacked, Math.sqrt(meanNoiseVariance));
        return stacked;
    }
}
