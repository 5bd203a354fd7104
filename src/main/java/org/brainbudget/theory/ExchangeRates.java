package org.brainbudget.theory;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * What brain samples are worth in task samples (MODEL §4), for the brain-regularized estimator, given its risk
 * curve and task-only's (with or without a distribution shift).
 */
public final class ExchangeRates {

    private final DoubleUnaryOperator taskOnly;
    private final DoubleBinaryOperator brainRegularized;

    /**
     * @param taskOnly         risk of task-only after n task samples
     * @param brainRegularized risk of brain-regularized after (n_B, n_T) samples
     */
    public ExchangeRates(DoubleUnaryOperator taskOnly, DoubleBinaryOperator brainRegularized) {
        this.taskOnly = taskOnly;
        this.brainRegularized = brainRegularized;
    }

    /** The unshifted world of a risk model. */
    public ExchangeRates(RiskModel model) {
        this(model::taskOnly, model::brainRegularized);
    }

    /** n_eq: the number of task samples with which task-only matches brain-regularized at (n_B, n_T). */
    public double taskEquivalentSamples(double brainSamples, double taskSamples) {
        if (brainSamples <= 0) {
            return taskSamples;
        }
        return samplesForRisk(taskOnly, brainRegularized.applyAsDouble(brainSamples, taskSamples));
    }

    /**
     * Task samples with which the decreasing curve {@code taskOnly} reaches {@code risk}: the yardstick in which
     * every design's worth is counted (0 when even no sample reaches it; NaN when the risk is not known, as under
     * a shift the closed forms do not model).
     */
    public static double samplesForRisk(DoubleUnaryOperator taskOnly, double risk) {
        if (Double.isNaN(risk)) {
            return Double.NaN;
        }
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
        double byBrain = derivative(nB -> brainRegularized.applyAsDouble(nB, taskSamples), brainSamples);
        double byTask = derivative(nT -> brainRegularized.applyAsDouble(brainSamples, nT), taskSamples);
        return byBrain / byTask;
    }

    /** Central difference with a step of 1% (at least one sample), one-sided at the n = 0 edge. */
    private static double derivative(DoubleUnaryOperator f, double at) {
        double h = Math.max(1, 0.01 * at);
        if (at - h < 0) {
            return (f.applyAsDouble(at + h) - f.applyAsDouble(at)) / h;
        }
        return (f.applyAsDouble(at + h) - f.applyAsDouble(at - h)) / (2 * h);
    }
}
