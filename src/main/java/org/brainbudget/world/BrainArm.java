package org.brainbudget.world;

import java.util.List;

/**
 * The brain data of one modality: how many stimulus–recording pairs, and how that modality records the latents.
 *
 * @param samples   brain samples n_b (real, so that the theory can differentiate)
 * @param neuralSnr SNR of each of the k latents in this modality, summed over its channels
 * @param channels  recorded channels p_b (at least k)
 */
public record BrainArm(double samples, List<Double> neuralSnr, int channels) {
    public BrainArm {
        neuralSnr = List.copyOf(neuralSnr);
        if (!(samples >= 0)) {
            throw new IllegalArgumentException("brain samples must be >= 0, got " + samples);
        }
    }

    /** The world's own modality with {@code samples} samples. */
    public static BrainArm of(World world, double samples) {
        return new BrainArm(samples, world.neuralSnr(), world.channels());
    }

    public double snr(int latent) {
        return neuralSnr.get(latent);
    }
}
