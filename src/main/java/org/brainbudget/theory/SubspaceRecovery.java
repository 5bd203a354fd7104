package org.brainbudget.theory;

import java.util.Arrays;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;

/**
 * The brain scaling law: how well stage 1 recovers the brain subspace from n_B brain samples, as the expected
 * effective misalignment m̂ = ‖(I − P̂)β*‖²/S.
 *
 * <p>Per latent j the overlap o_j = ‖P̂u_j‖² is the product of two factors (docs/THEORY.md, "Subspace
 * recovery"):
 * <ul>
 *   <li>own-column leakage 1/(1 + d'/q_j), d' = d − k, with q_j the signal-to-noise of latent j's own column of
 *       the stage-1 coefficient: q_j = SNR_j (n_B − d − 1) for OLS, n_B SNR_j/(1 + SNR_j) for the
 *       cross-covariance;</li>
 *   <li>when there are more channels than latents, the detection factor of the rectangular spiked-matrix law
 *       ({@link SpikedRectangular}) for the noise of all p channels, divided by its own white-noise
 *       own-column factor so that the two factors do not count that leakage twice.</li>
 * </ul>
 * The overlap is never below the k/d of a uniformly random subspace: a handful of recordings is worth nothing,
 * not less than nothing. Then E[m̂] = 1 − [(1 − m) Σo_j/k + m (k − Σo_j)/(d − k)], the second term being the
 * part of the misaligned signal that the leaked part of Û happens to capture.
 */
public final class SubspaceRecovery {

    /** Above this θ²D(edge) the spiked law was checked to hold within 5% (docs/THEORY.md). */
    static final double RECOVERED_DETECTABILITY = 3.0;
    /** Below this θ²D(edge) the simulated subspace is within a few percent of a random one. */
    static final double HOPELESS_DETECTABILITY = 0.1;
    /**
     * Below this d/n_B the Gram matrix is isotropic to within 2√(d/n_B) ≈ 6e-5 and the white-noise law is used;
     * the colored-noise root finding would only add round-off there.
     */
    static final double WHITE_NOISE_RATIO = 1e-9;
    /** Below q_j = d'/4 the recovery is weak and the law was seen to under-predict it (docs/THEORY.md). */
    static final double WEAK_OWN_COLUMN_Q = 0.25;

    private SubspaceRecovery() {
    }

    /** Where a prediction stands with respect to the checked validity of the law. */
    public enum Regime {
        /** No brain samples: m̂ is the random-subspace level by definition. */
        NO_BRAIN_DATA(true),
        /** Every latent is recovered clearly above the detectability threshold. */
        RECOVERED(true),
        /** Û is no better than a random subspace: the brain data are predicted to be worth nothing. */
        NO_BETTER_THAN_RANDOM(true),
        /**
         * Some latent is recovered only weakly (own-column signal-to-noise q_j below d'/4): simulation recovers a
         * little more than the law (m̂ up to 6% lower); the risks still agree within 5%.
         */
        WEAK_RECOVERY(true),
        /**
         * Some latent is near the detectability threshold of the many-channel law, where finite-dimension effects
         * blur the threshold: simulated m̂ differs by up to 20%, mostly lower (more recovery) than predicted.
         */
        NEAR_THRESHOLD(false);

        private final boolean checked;

        Regime(boolean checked) {
            this.checked = checked;
        }

        /** Whether closed form and simulation were shown to agree in this regime. */
        public boolean isChecked() {
            return checked;
        }
    }

    /**
     * @param method                the stage-1 method the prediction is for
     * @param expectedMisalignment  E[m̂]
     * @param latentOverlaps        E‖P̂u_j‖² per latent
     * @param regime                validity of the prediction
     */
    public record Prediction(Stage1Method method, double expectedMisalignment, double[] latentOverlaps,
                             Regime regime) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Prediction p && p.method == method
                    && p.expectedMisalignment == expectedMisalignment
                    && Arrays.equals(p.latentOverlaps, latentOverlaps) && p.regime == regime;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(expectedMisalignment) * 31 + Arrays.hashCode(latentOverlaps);
        }

        @Override
        public String toString() {
            return "Prediction[" + method + ", m̂=" + expectedMisalignment + ", " + regime + "]";
        }
    }

    /** Prediction with the stage-1 method that recovers more of the subspace (OLS needs n_B > d + 1). */
    public static Prediction predict(World world, double brainSamples) {
        if (brainSamples <= 0) {
            double[] floor = new double[world.latentDim()];
            Arrays.fill(floor, randomOverlap(world));
            return new Prediction(Stage1Method.CROSS_COVARIANCE, randomLevel(world), floor, Regime.NO_BRAIN_DATA);
        }
        Prediction cc = predict(world, brainSamples, Stage1Method.CROSS_COVARIANCE);
        if (!Stage1Method.OLS.isDefinedFor(brainSamples, world.inputDim())) {
            return cc;
        }
        Prediction ols = predict(world, brainSamples, Stage1Method.OLS);
        return sum(ols.latentOverlaps) >= sum(cc.latentOverlaps) ? ols : cc;
    }

    /** Prediction for a given stage-1 method, which must be defined for n_B samples. */
    public static Prediction predict(World world, double brainSamples, Stage1Method method) {
        if (!method.isDefinedFor(brainSamples, world.inputDim())) {
            throw new IllegalArgumentException(method + " is not defined for n_B = " + brainSamples);
        }
        int k = world.latentDim();
        double[] overlaps = new double[k];
        boolean nearThreshold = false;
        boolean anyRecovered = false;
        boolean weak = false;
        for (int j = 0; j < k; j++) {
            LatentRecovery r = latent(world, brainSamples, method, world.snr(j));
            overlaps[j] = r.overlap;
            nearThreshold |= r.nearThreshold;
            boolean recovered = r.overlap > randomOverlap(world);
            anyRecovered |= recovered;
            weak |= recovered && r.weak;
        }
        Regime regime = nearThreshold ? Regime.NEAR_THRESHOLD
                : !anyRecovered ? Regime.NO_BETTER_THAN_RANDOM
                : weak ? Regime.WEAK_RECOVERY : Regime.RECOVERED;
        return new Prediction(method, misalignmentFromOverlaps(world, overlaps), overlaps, regime);
    }

    /** m̂ of a uniformly random k-subspace: 1 − k/d, whatever m is. */
    public static double randomLevel(World world) {
        return 1 - randomOverlap(world);
    }

    private static double randomOverlap(World world) {
        return (double) world.latentDim() / world.inputDim();
    }

    private static double misalignmentFromOverlaps(World world, double[] overlaps) {
        int k = world.latentDim();
        double total = sum(overlaps);
        double m = world.misalignment();
        double captured = (1 - m) * total / k + m * (k - total) / world.complementDim();
        return 1 - captured;
    }

    private record LatentRecovery(double overlap, boolean nearThreshold, boolean weak) {
    }

    private static LatentRecovery latent(World world, double n, Stage1Method method, double snr) {
        int d = world.inputDim();
        int k = world.latentDim();
        double ownColumnQ;
        double meanNoiseVariance;
        if (method == Stage1Method.OLS) {
            ownColumnQ = snr * (n - d - 1);
            meanNoiseVariance = 1 / (n - d - 1);
        } else {
            // The cross-covariance column of latent j also carries (XᵀX/n − I)u_j s_j, noise of variance s_j²/n.
            ownColumnQ = n * snr / (1 + snr);
            meanNoiseVariance = 1 / n;
        }
        double detection = 1;
        boolean nearThreshold = false;
        if (world.channels() > k) {
            // The noise is measured in units of its mean variance per entry, which keeps the numerics O(1).
            double thetaSquared = snr / meanNoiseVariance;
            if (d / n < WHITE_NOISE_RATIO) {
                // XᵀX/n is the identity to within 2√(d/n): the noise is white and the law closed.
                detection = Math.max(0, 1 - d * world.channels() / (thetaSquared * thetaSquared));
            } else {
                SpikedRectangular noise = channelNoise(world, n, method);
                double detectability = noise.detectability(thetaSquared);
                nearThreshold = detectability > HOPELESS_DETECTABILITY && detectability < RECOVERED_DETECTABILITY;
                double whiteOwnColumn = 1 + d / thetaSquared;
                detection = Math.min(1, noise.leftOverlap(thetaSquared) * whiteOwnColumn);
            }
        }
        double overlap = detection / (1 + world.complementDim() / ownColumnQ);
        boolean weak = ownColumnQ < world.complementDim() * WEAK_OWN_COLUMN_Q;
        return new LatentRecovery(Math.max(overlap, randomOverlap(world)), nearThreshold, weak);
    }

    /**
     * The noise of the stage-1 coefficient over all p channels, in units of its mean variance c: columns i.i.d.
     * N(0, Σ/c) with Σ = (XᵀX)⁻¹, c = 1/(n − d − 1) for OLS and Σ = XᵀX/n², c = 1/n for the cross-covariance,
     * XᵀX Wishart with n_B degrees of freedom.
     */
    private static SpikedRectangular channelNoise(World world, double n, Stage1Method method) {
        int d = world.inputDim();
        WishartSpectrum gram = new WishartSpectrum(d, n);
        if (method == Stage1Method.OLS) {
            double c = 1 / (n - d - 1);
            // Over t = 1/(c w): ∫ t/(1 + t m) dH = s_W(−m/c)/c, the Wishart Stieltjes transform.
            return new SpikedRectangular(d, world.channels(), m -> gram.stieltjes(-m / c) / c,
                    1 / (c * gram.lowerEdge()));
        }
        // Over t = w/n: ∫ t/(1 + t m) dH = (1 − (n/m) s_W(−n/m)) / m.
        return new SpikedRectangular(d, world.channels(), m -> (1 - (n / m) * gram.stieltjes(-n / m)) / m,
                gram.upperEdge() / n);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
