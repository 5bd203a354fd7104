package org.brainbudget.world;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear-Gaussian world of a planning problem: stimulus dimension, the brain's latent subspace,
 * the recordings that expose it and the task that may or may not live in it.
 *
 * <p>Rules live in {@link #violations}, so the file reader and the constructor enforce the same ones.
 *
 * @param inputDim      d, dimension of the stimulus features
 * @param latentDim     k, dimension of the brain subspace U
 * @param channels      p, recorded channels (at least k)
 * @param taskSignal    S, task signal power
 * @param taskNoise     label noise variance
 * @param misalignment  m, share of S outside U
 * @param misalignedDim t, dimension of the subspace carrying the misaligned signal
 * @param neuralSnr     per-latent recording SNR, exactly k values
 */
public record World(int inputDim, int latentDim, int channels, double taskSignal, double taskNoise,
                    double misalignment, int misalignedDim, List<Double> neuralSnr) {

    public World {
        neuralSnr = List.copyOf(neuralSnr);
        List<Violation> problems = violations(inputDim, latentDim, channels, taskSignal, taskNoise,
                misalignment, misalignedDim, neuralSnr);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid world: " + problems);
        }
    }

    /** A world with the same SNR on every latent. */
    public static World withUniformSnr(int inputDim, int latentDim, int channels, double taskSignal,
                                       double taskNoise, double misalignment, int misalignedDim, double snr) {
        return new World(inputDim, latentDim, channels, taskSignal, taskNoise, misalignment, misalignedDim,
                java.util.Collections.nCopies(latentDim, snr));
    }

    /** A field that breaks a rule, with what would be valid. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** Every rule a world must satisfy; empty when the values are valid. */
    public static List<Violation> violations(int inputDim, int latentDim, int channels, double taskSignal,
                                             double taskNoise, double misalignment, int misalignedDim,
                                             List<Double> neuralSnr) {
        List<Violation> out = new ArrayList<>();
        if (inputDim < 2) {
            out.add(new Violation("inputDim", "must be an integer >= 2 (got " + inputDim + ")"));
        }
        if (latentDim < 1) {
            out.add(new Violation("latentDim", "must be an integer >= 1 (got " + latentDim + ")"));
        } else if (latentDim >= inputDim) {
            out.add(new Violation("latentDim", "must be smaller than inputDim = " + inputDim
                    + " (got " + latentDim + "); the brain subspace is a proper subspace of the input"));
        }
        if (channels < Math.max(latentDim, 1)) {
            out.add(new Violation("channels", "must be an integer >= latentDim = " + latentDim
                    + " (got " + channels + "); record fewer latents by lowering latentDim and raising misalignment"));
        }
        if (!inScale(taskSignal)) {
            out.add(new Violation("taskSignal", SCALE_RULE + " (got " + taskSignal + "); rescale the labels"));
        }
        if (!inScale(taskNoise)) {
            out.add(new Violation("taskNoise", SCALE_RULE + " (got " + taskNoise + "); rescale the labels"));
        }
        if (!(misalignment >= 0 && misalignment <= 1)) {
            out.add(new Violation("misalignment", "must be a number in [0, 1] (got " + misalignment + ")"));
        }
        int room = inputDim - latentDim;
        if (misalignedDim < 1) {
            out.add(new Violation("misalignedDim", "must be an integer >= 1 (got " + misalignedDim + ")"));
        } else if (latentDim >= 1 && room >= 1 && misalignedDim > room) {
            out.add(new Violation("misalignedDim", "must be at most inputDim - latentDim = " + room
                    + " (got " + misalignedDim + ")"));
        }
        if (neuralSnr == null || neuralSnr.isEmpty()) {
            out.add(new Violation("neuralSnr", "is required: a number > 0, or a list of latentDim numbers > 0"));
        } else {
            if (latentDim >= 1 && neuralSnr.size() != latentDim) {
                out.add(new Violation("neuralSnr", "must be one number or a list of exactly latentDim = "
                        + latentDim + " numbers (got " + neuralSnr.size() + ")"));
            }
            for (int j = 0; j < neuralSnr.size(); j++) {
                Double v = neuralSnr.get(j);
                if (v == null || !inScale(v)) {
                    out.add(new Violation("neuralSnr[" + j + "]", SCALE_RULE + " (got " + v + ")"));
                }
            }
        }
        return out;
    }

    /**
     * Variances and SNRs between 1e-12 and 1e12: beyond, the closed forms' intermediate products leave double
     * precision (a signal of 1e300 overflowed to NaN), and no recording or label scale needs more.
     */
    private static final double SCALE_LIMIT = 1e12;
    private static final String SCALE_RULE = "must be a number between 1e-12 and 1e12";

    private static boolean inScale(double v) {
        return v >= 1 / SCALE_LIMIT && v <= SCALE_LIMIT;
    }

    /** d - k: dimension of the complement of the brain subspace. */
    public int complementDim() {
        return inputDim - latentDim;
    }

    public double snr(int latent) {
        return neuralSnr.get(latent);
    }

    public World withTaskNoise(double noise) {
        return new World(inputDim, latentDim, channels, taskSignal, noise, misalignment, misalignedDim, neuralSnr);
    }

    /**
     * The same world with {@code k} latents; the SNR must be the same on every latent (it is kept), and the
     * channels grow to at least k.
     */
    public World withLatentDim(int k) {
        if (neuralSnr.stream().distinct().count() > 1) {
            throw new IllegalArgumentException("latentDim can only be varied when every latent has the same SNR");
        }
        return new World(inputDim, k, Math.max(channels, k), taskSignal, taskNoise, misalignment, misalignedDim,
                java.util.Collections.nCopies(k, neuralSnr.get(0)));
    }

    /** Every latent's SNR multiplied by {@code factor}. */
    public World withSnrScaled(double factor) {
        return new World(inputDim, latentDim, channels, taskSignal, taskNoise, misalignment, misalignedDim,
                neuralSnr.stream().map(v -> v * factor).toList());
    }

    /** The same SNR on every latent. */
    public World withUniformSnr(double snr) {
        return new World(inputDim, latentDim, channels, taskSignal, taskNoise, misalignment, misalignedDim,
                java.util.Collections.nCopies(latentDim, snr));
    }

    public World withMisalignment(double m) {
        return new World(inputDim, latentDim, channels, taskSignal, taskNoise, m, misalignedDim, neuralSnr);
    }
}
