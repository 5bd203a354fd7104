package org.brainbudget.theory;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Left singular vector overlap of a rank-one signal θ u vᵀ plus a bi-unitarily invariant d × p noise matrix N
 * whose columns are i.i.d. N(0, Σ): the rectangular spiked-matrix law (a detectability threshold, then an
 * overlap that grows with θ).
 *
 * <p>The noise enters through the Stieltjes transform of NNᵀ/p, obtained from the Silverstein equation
 * z(m̲) = −1/m̲ + γ ∫ t/(1 + t m̲) dH(t) with γ = d/p and H the law of Σ's eigenvalues; the caller supplies
 * the integral as {@code populationTransform}(m̲). With φ(z) = (1/d) tr z(z² − NNᵀ)⁻¹,
 * φ̃ = γφ + (1 − γ)/z and D = φφ̃, the sample singular value ρ solves D(ρ) = 1/θ² above the noise edge
 * and the overlap is −2φ(ρ) / (θ² D'(ρ)); below the threshold it is 0.
 */
final class SpikedRectangular {

    /** Commons Math solvers keep per-call state, so each solve gets its own. */
    private static BrentSolver solver() {
        return new BrentSolver(1e-13, 1e-12);
    }

    private final double gamma;
    private final double channels;
    private final DoubleUnaryOperator populationTransform;
    private final double poleOfCompanion;
    private final double companionAtEdge;
    private final double edge;

    /**
     * @param rows                 d
     * @param channels             p
     * @param populationTransform  m̲ ↦ ∫ t/(1 + t m̲) dH(t), defined for m̲ in (−1/t_max, 0)
     * @param largestPopulation    t_max, the largest eigenvalue of Σ
     */
    SpikedRectangular(double rows, double channels, DoubleUnaryOperator populationTransform,
                      double largestPopulation) {
        this.gamma = rows / channels;
        this.channels = channels;
        this.populationTransform = populationTransform;
        this.poleOfCompanion = -1 / largestPopulation;
        // The top edge of NNᵀ/p is the minimum of z(m̲) on (−1/t_max, 0).
        BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-14);
        double lo = poleOfCompanion * (1 - 1e-12);
        var best = optimizer.optimize(new MaxEval(1000), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(this::inverseStieltjes),
                new SearchInterval(lo, -1e-300 - Math.abs(lo) * 1e-12));
        this.companionAtEdge = best.getPoint();
        this.edge = best.getValue();
    }

    private double inverseStieltjes(double companion) {
        return -1 / companion + gamma * populationTransform.applyAsDouble(companion);
    }

    /** (1/d) tr (NNᵀ/p − x)⁻¹ for x above the noise edge. */
    private double stieltjes(double x) {
        double hi = companionAtEdge / 2;
        while (inverseStieltjes(hi) < x) {
            hi /= 2;
        }
        final double target = x;
        // Within round-off of the edge the branch point itself is the solution.
        double companion = inverseStieltjes(companionAtEdge) >= x ? companionAtEdge
                : solver().solve(1000, m -> inverseStieltjes(m) - target, companionAtEdge, hi);
        return (companion + (1 - gamma) / x) / gamma;
    }

    private double phi(double z) {
        return -(z / channels) * stieltjes(z * z / channels);
    }

    private double dTransform(double z) {
        double phi = phi(z);
        return phi * (gamma * phi + (1 - gamma) / z);
    }

    /** θ² D(edge): above 1 the spike separates from the noise bulk in the large-dimension limit. */
    double detectability(double thetaSquared) {
        return thetaSquared * dTransform(Math.sqrt(channels * edge) * (1 + 1e-9));
    }

    /** Expected |⟨û, u⟩|² for a spike of strength θ² (0 below the detectability threshold). */
    double leftOverlap(double thetaSquared) {
        double zEdge = Math.sqrt(channels * edge);
        double zStart = zEdge * (1 + 1e-9);
        if (dTransform(zStart) <= 1 / thetaSquared) {
            return 0;
        }
        double zHigh = zStart * 2;
        while (dTransform(zHigh) > 1 / thetaSquared) {
            zHigh *= 2;
        }
        double rho = solver().solve(1000, z -> dTransform(z) - 1 / thetaSquared, zStart, zHigh);
        double h = rho * 1e-6;
        double derivative = (dTransform(rho + h) - dTransform(rho - h)) / (2 * h);
        double overlap = -2 * phi(rho) / (thetaSquared * derivative);
        return Math.min(Math.max(overlap, 0), 1);
    }
}
