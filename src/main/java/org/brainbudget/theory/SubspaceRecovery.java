package org.brainbudget.theory;

import java.util.Arrays;
import java.util.List;
import org.brainbudget.world.BrainArm;
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
 * part of the misaligned signal that the leaked part of Û happens to capture. Several modalities pool their
 * noise-normalised coefficients; their signals, own-column noises and detection deficits combine as in
 * docs/THEORY.md §5 and reduce to the above for one modality.
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
     * @param methods               the stage-1 method of each modality that holds data, in order
     * @param expectedMisalignment  E[m̂]
     * @param latentOverlaps        E‖P̂u_j‖² per latent
     * @param regime                validity of the prediction
     */
    public record Prediction(List<Stage1Method> methods, double expectedMisalignment, double[] latentOverlaps,
                             Regime regime) {
        public Prediction {
            methods = List.copyOf(methods);
        }

        /** The stage-1 method of the first (usually only) modality; cross-covariance when there is no brain data. */
        public Stage1Method method() {
            return methods.isEmpty() ? Stage1Method.CROSS_COVARIANCE : methods.get(0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prediction p && p.methods.equals(methods)
                    && p.expectedMisalignment == expectedMisalignment
                    && Arrays.equals(p.latentOverlaps, latentOverlaps) && p.regime == regime;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(expectedMisalignment) * 31 + Arrays.hashCode(latentOverlaps);
        }

        @Override
        public String toString() {
            return "Prediction[" + methods + ", m̂=" + expectedMisalignment + ", " + regime + "]";
        }
    }

    /** One modality of the world with n_B samples, stage-1 method chosen to recover more. */
    public static Prediction predict(World world, double brainSamples) {
        return predict(world, List.of(BrainArm.of(world, brainSamples)));
    }

    /** One modality of the world with a given stage-1 method, which must be defined for n_B samples. */
    public static Prediction predict(World world, double brainSamples, Stage1Method method) {
        if (!method.isDefinedFor(brainSamples, world.inputDim())) {
            throw new IllegalArgumentException(method + " is not defined for n_B = " + brainSamples);
        }
        return predict(world, List.of(BrainArm.of(world, brainSamples)), List.of(method));
    }

    /**
     * Several modalities pooled (their noise-normalized stage-1 coefficients side by side), each with the stage-1
     * method that recovers more on its own. Modalities without samples are left out.
     */
    public static Prediction predict(World world, List<BrainArm> arms) {
        List<BrainArm> recorded = arms.stream().filter(a -> a.samples() > 0).toList();
        List<Stage1Method> methods = recorded.stream().map(a -> bestMethod(world, a)).toList();
        return predict(world, recorded, methods);
    }

    /** Several modalities with given stage-1 methods (one per modality that holds data). */
    public static Prediction predict(World world, List<BrainArm> recorded, List<Stage1Method> methods) {
        int k = world.latentDim();
        if (recorded.isEmpty()) {
            double[] floor = new double[k];
            Arrays.fill(floor, randomOverlap(world));
            return new Prediction(List.of(), randomLevel(world), floor, Regime.NO_BRAIN_DATA);
        }
        double[] overlaps = new double[k];
        boolean nearThreshold = false;
        boolean anyRecovered = false;
        boolean weak = false;
        ArmNoise[] noise = new ArmNoise[recorded.size()];
        for (int b = 0; b < recorded.size(); b++) {
            noise[b] = new ArmNoise(world, recorded.get(b), methods.get(b));
        }
        for (int j = 0; j < k; j++) {
            LatentRecovery r = pooledLatent(world, recorded, noise, j);
            overlaps[j] = r.overlap;
            nearThreshold |= r.nearThreshold;
            boolean recovered = r.overlap > randomOverlap(world);
            anyRecovered |= recovered;
            weak |= recovered && r.weak;
        }
        Regime regime = nearThreshold ? Regime.NEAR_THRESHOLD
                : !anyRecovered ? Regime.NO_BETTER_THAN_RANDOM
                : weak ? Regime.WEAK_RECOVERY : Regime.RECOVERED;
        return new Prediction(methods, misalignmentFromOverlaps(world, overlaps), overlaps, regime);
    }

    private static Stage1Method bestMethod(World world, BrainArm arm) {
        if (!Stage1Method.OLS.isDefinedFor(arm.samples(), world.inputDim())) {
            return Stage1Method.CROSS_COVARIANCE;
        }
        double ols = sum(predict(world, List.of(arm), List.of(Stage1Method.OLS)).latentOverlaps());
        double cc = sum(predict(world, List.of(arm), List.of(Stage1Method.CROSS_COVARIANCE)).latentOverlaps());
        return ols >= cc ? Stage1Method.OLS : Stage1Method.CROSS_COVARIANCE;
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

    /**
     * Latent j's overlap from the pooled modalities. In units where each modality's noise has unit mean variance,
     * modality b contributes signal θ_b² = SNR_bj / c_b with own-column noise τ_b² (1 for OLS, 1 + SNR_bj for the
     * cross-covariance). The top singular vector weights the modalities by θ_b, so the own-column leakage is
     * d' Σθ_b²τ_b² / (Σθ_b²)²; the many-channel detection deficits 1 − f_b combine as Σ(1 − f_b)θ_b⁴/(Σθ_b²)²,
     * exact for white noise. One modality gives back the single-modality law.
     */
    private static LatentRecovery pooledLatent(World world, List<BrainArm> arms, ArmNoise[] noise, int j) {
        double signal = 0;
        double ownNoise = 0;
        double deficit = 0;
        boolean nearThreshold = false;
        for (int b = 0; b < arms.size(); b++) {
            double snr = arms.get(b).snr(j);
            double thetaSquared = snr / noise[b].meanNoiseVariance;
            // The cross-covariance column of latent j also carries (XᵀX/n − I)u_j s_j, noise of variance s_j²/n.
            double ownColumnNoise = noise[b].method == Stage1Method.OLS ? 1 : 1 + snr;
            Detection detection = noise[b].detection(thetaSquared);
            nearThreshold |= detection.nearThreshold;
            signal += thetaSquared;
            ownNoise += thetaSquared * ownColumnNoise;
            deficit += (1 - detection.factor) * thetaSquared * thetaSquared;
        }
        double leakage = world.complementDim() * ownNoise / (signal * signal);
        double detection = Math.max(0, 1 - deficit / (signal * signal));
        double overlap = detection / (1 + leakage);
        boolean weak = signal * signal / ownNoise < world.complementDim() * WEAK_OWN_COLUMN_Q;
        return new LatentRecovery(Math.max(overlap, randomOverlap(world)), nearThreshold, weak);
    }

    private record Detection(double factor, boolean nearThreshold) {
    }

    /**
     * One modality's stage-1 noise: built once per prediction (the spiked law's noise edge is the costly part) and
     * asked for the detection factor of each distinct latent SNR.
     */
    private static final class ArmNoise {
        final Stage1Method method;
        final double meanNoiseVariance;
        private final int d;
        private final int channels;
        private final boolean manyChannels;
        private final boolean white;
        private SpikedRectangular spiked;
        private final java.util.Map<Double, Detection> bySignal = new java.util.HashMap<>();

        ArmNoise(World world, BrainArm arm, Stage1Method method) {
            this.method = method;
            this.d = world.inputDim();
            double n = arm.samples();
            this.meanNoiseVariance = method == Stage1Method.OLS ? 1 / (n - d - 1) : 1 / n;
            this.channels = arm.channels();
            this.manyChannels = arm.channels() > world.latentDim();
            this.white = d / n < WHITE_NOISE_RATIO;
            if (manyChannels && !white) {
                this.spiked = channelNoise(d, channels, n, method);
            }
        }

        Detection detection(double thetaSquared) {
            if (!manyChannels) {
                return new Detection(1, false);
            }
            if (white) {
                // XᵀX/n is the identity to within 2√(d/n): the noise is white and the law closed.
                return new Detection(Math.max(0, 1 - d * (double) channels / (thetaSquared * thetaSquared)), false);
            }
            return bySignal.computeIfAbsent(thetaSquared, t -> {
                double detectability = spiked.detectability(t);
                boolean near = detectability > HOPELESS_DETECTABILITY && detectability < RECOVERED_DETECTABILITY;
                return new Detection(Math.min(1, spiked.leftOverlap(t) * (1 + d / t)), near);
            });
        }
    }

    /**
     * The noise of the stage-1 coefficient over all p channels, in units of its mean variance c: columns i.i.d.
     * N(0, Σ/c) with Σ = (XᵀX)⁻¹, c = 1/(n − d − 1) for OLS and Σ = XᵀX/n², c = 1/n for the cross-covariance,
     * XᵀX Wishart with n_B degrees of freedom.
     */
    private static SpikedRectangular channelNoise(int d, int channels, double n, Stage1Method method) {
        WishartSpectrum gram = new WishartSpectrum(d, n);
        if (method == Stage1Method.OLS) {
            double c = 1 / (n - d - 1);
            // Over t = 1/(c w): ∫ t/(1 + t m) dH = s_W(−m/c)/c, the Wishart Stieltjes transform.
            return new SpikedRectangular(d, channels, m -> gram.stieltjes(-m / c) / c,
                    1 / (c * gram.lowerEdge()));
        }
        // Over t = w/n: ∫ t/(1 + t m) dH = (1 − (n/m) s_W(−n/m)) / m.
        return new SpikedRectangular(d, channels, m -> (1 - (n / m) * gram.stieltjes(-n / m)) / m,
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
