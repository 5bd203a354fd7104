package org.brainbudget.theory;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.brainbudget.world.TaskArm;

/**
 * Excess risk of the Bayes-tuned block ridge on isotropic inputs, from its deterministic equivalent (MODEL R2),
 * for labels from one or several sources of different noise (weighted least squares, weights 1/σ_g²).
 *
 * <p>The estimator is the posterior mean under a prior isotropic within blocks b (dimension d_b, power S_b); its
 * risk is the trace δ of the posterior covariance (Σ_g X_gᵀX_g/σ_g² + Λ)⁻¹, Λ = Σ_b (d_b/S_b) P_b. By the
 * leave-one-out argument δ solves
 * <pre>  δ = Σ_b d_b / ( Σ_g n_g w_g / (1 + w_g δ) + d_b / S_b ),   w_g = 1/σ_g²,</pre>
 * which for one source is MODEL R2 (δ there is this δ over σ²).
 */
public final class TunedRidge {

    private static final int MAX_EVALUATIONS = 500;

    private TunedRidge() {
    }

    /** One label source: {@code n} samples (real n ≥ 0 allowed) of noise variance {@code noise}. */
    public static double risk(double n, double noise, List<PriorBlock> blocks) {
        return risk(List.of(new TaskArm(Math.max(n, 0), noise)), blocks);
    }

    public static double risk(List<TaskArm> sources, List<PriorBlock> blocks) {
        double totalPower = 0;
        for (PriorBlock b : blocks) {
            totalPower += b.power();
        }
        double precisionMass = 0;
        for (TaskArm g : sources) {
            precisionMass += g.samples() / g.noise();
        }
        if (totalPower == 0) {
            return 0;
        }
        if (precisionMass <= 0) {
            return totalPower;
        }
        // Each denominator is at least d_b/S_b, so δ ≤ Σ_b S_b and the root is bracketed.
        double delta = new BrentSolver(1e-14 * totalPower, 1e-12).solve(MAX_EVALUATIONS,
                x -> x - fixedPointMap(x, sources, blocks), 0, totalPower);
        return Math.min(delta, totalPower);
    }

    private static double fixedPointMap(double delta, List<TaskArm> sources, List<PriorBlock> blocks) {
        double data = 0;
        for (TaskArm g : sources) {
            double w = 1 / g.noise();
            data += g.samples() * w / (1 + w * delta);
        }
        double sum = 0;
        for (PriorBlock b : blocks) {
            if (b.power() == 0 || b.dim() == 0) {
                continue;
            }
            sum += b.dim() / (data + b.dim() / b.power());
        }
        return sum;
    }
}
