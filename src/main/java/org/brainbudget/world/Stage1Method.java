package org.brainbudget.world;

/**
 * How stage 1 estimates the brain subspace from paired stimuli and recordings: both the theory and the
 * simulator speak of it, so it lives with the world rather than with either of them.
 */
public enum Stage1Method {
    /** OLS coefficient (XᵀX)⁻¹XᵀR; needs more brain samples than inputDim + 1. */
    OLS,
    /** Cross-covariance XᵀR / n; defined for any number of brain samples. */
    CROSS_COVARIANCE;

    /** Whether the method is defined for {@code brainSamples} samples of a {@code inputDim}-dimensional stimulus. */
    public boolean isDefinedFor(double brainSamples, int inputDim) {
        return this == CROSS_COVARIANCE ? brainSamples >= 1 : brainSamples > inputDim + 1;
    }
}
