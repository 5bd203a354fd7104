package org.brainbudget.theory;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * What brain samples are worth in task samples (MODEL §4), for the brain-regularized estimator.
 */
public final class ExchangeRates {

    private final RiskModel model;

    public ExchangeRates(RiskModel model) {
        this.model = model;
    }

    /** n_eq: the number of task samples with which task-only matches brain-regularized at (n_B, n_T). */
    public double taskEquivalentSamples(double brainSamples, double taskSamples) {
        if (brainSamples <= 0) {
            return taskSamples;
        }
        return samplesForRisk(model.brainRegularized(brainSamples, taskSamples), model.world().taskNoise());
    }

    /**
     * Labels of noise {@code referenceNoise} with which task-only reaches {@code risk}: the yardstick in which
     * every design's worth is counted.
     */
    public double samplesForRisk(double risk, double referenceNoise) {
        java.util.function.DoubleUnaryOperator taskOnly =
                n -> model.taskOnly(java.util.List.of(new org.brainbudget.world.TaskArm(n, referenceNoise)));
        if (risk >= taskOnly.applyAsDouble(0)) {
            return 0;
        }
        double hi = 1;
        while (taskOnly.applyAsDouble(hi) > risk) {
            hi *= 2;
        }
        return new BrentSolver(1e-10, 1e-9).solve(1000, n -> taskOnly.applyAsDouble(n) - risk, 0, hi);
    }

    /** n_eq − n_T: the brain data's worth in task samples. */
    public double valueOfBrainData(double brainSamples, double taskSamples) {
        return taskEquivalentSamples(brainSamples, taskSamples) - taskSamples;
    }

    /** (n_eq − n_T)/n_B; NaN without brain samples. */
    public double averageExchangeRate(double brainSamples, double taskSamples) {
        return brainSamples > 0 ? valueOfBrainData(brainSamples, taskSamples) / brainSamples : Double.NaN;
    }

    /** ∂n_eq/∂n_B: task samples that one more brain sample is worth. */
    public double marginalExchangeRate(double brainSamples, double taskSamples) {
        return derivative(nB -> taskEquivalentSamples(nB, taskSamples), brainSamples);
    }

    /**
     * (∂R/∂n_B)/(∂R/∂n_T) of brain-regularized at the allocation: task samples one brain sample is worth inside
     * the multimodal estimator.
     */
    public double relativeValue(double brainSamples, double taskSamples) {
        double byBrain = derivative(nB -> model.brainRegularized(nB, taskSamples), brainSamples);
        double byTask = derivative(nT -> model.brainRegularized(brainSamples, nT), taskSamples);
        return byBrain / byTask;
    }

    /** Central difference with a step of 1% (at least one sample), one-sided at the n = 0 edge. */
    private static double derivative(java.util.function.DoubleUnaryOperator f, double at) {
        double h = Math.max(1, 0.01 * at);
        if (at - h < 0) {
            return (f.applyAsDouble(at + h) - f.applyAsDouble(at)) / h;
        }
        return (f.applyAsDouble(at + h) - f.applyAsDouble(at - h)) / (2 * h);
    }
}
