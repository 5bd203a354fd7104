package org.brainbudget.theory;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Excess risk of the Bayes-tuned block ridge on isotropic inputs, from its deterministic equivalent (MODEL R2).
 *
 * <p>With blocks b of dimension d_b and power S_b, penalty σ² d_b / S_b on each, the posterior covariance
 * σ²(XᵀX + Λ)⁻¹ has trace σ²δ where δ solves δ = (1/n) Σ_b d_b / (1/(1+δ) + D_b), D_b = σ² d_b / (n S_b).
 * The risk is that trace, because the estimator is the posterior mean under the prior whose second moments
 * match the true signal block by block.
 */
public final class TunedRidge {

    private static final int MAX_EVALUATIONS = 500;

    private TunedRidge() {
    }

    /**
     * Excess risk σ²δ for {@code n} samples (real n ≥ 0 allowed: the curve is smooth in n).
     */
    public static double risk(double n, double noise, List<PriorBlock> blocks) {
        double totalPower = 0;
        for (PriorBlock b : blocks) {
            totalPower += b.power();
        }
        if (totalPower == 0) {
            return 0;
        }
        if (n <= 0) {
            return totalPower;
        }
        // δ ≤ Σ_b S_b/σ², the value of the right side at δ = ∞, so the root is bracketed.
        double upper = totalPower / noise;
        double delta = new BrentSolver(1e-14, 1e-12).solve(MAX_EVALUATIONS, d -> d - fixedPointMap(d, n, noise, blocks), 0, upper);
        return Math.min(noise * delta, totalPower);
    }

    private static double fixedPointMap(double delta, double n, double noise, List<PriorBlock> blocks) {
        double sum = 0;
        for (PriorBlock b : blocks) {
            if (b.power() == 0 || b.dim() == 0) {
                continue;
            }
            double penaltyOverN = noise * b.dim() / (n * b.power());
            sum += b.dim() / (1 / (1 + delta) + penaltyOverN);
        }
        return sum / n;
    }
}
