package org.brainbudget.plan;

import java.util.List;

/**
 * A place to buy samples, with its prices and caps. Samples are bought in units: whole sessions when the source
 * has a session size, single samples otherwise.
 *
 * @param name             how the lab calls it ("fMRI", "expert labels")
 * @param kind             brain or task
 * @param costPerSample    price of one sample (in sessions: on top of the session price)
 * @param sessionSize      samples per session, or 0 when samples are bought one by one
 * @param costPerSession   price of one session
 * @param fixedCost        paid once if any sample is bought (setting up a rig)
 * @param minSamples       samples that must be bought
 * @param maxSamples       most samples that can be bought, or {@link Integer#MAX_VALUE}
 * @param alreadyCollected samples the lab holds already, free
 * @param neuralSnr        brain source only: per-latent SNR of this modality, or null for the world's
 * @param channels         brain source only: channels of this modality, or null for the world's
 * @param taskNoise        task source only: label noise of this source, or null for the world's
 */
public record Source(String name, SourceKind kind, double costPerSample, int sessionSize, double costPerSession,
                     double fixedCost, int minSamples, int maxSamples, int alreadyCollected,
                     List<Double> neuralSnr, Integer channels, Double taskNoise) {

    public Source {
        neuralSnr = neuralSnr == null ? null : List.copyOf(neuralSnr);
    }

    /** A plain per-sample source with no session, fixed cost, caps or existing data. */
    public static Source perSample(String name, SourceKind kind, double costPerSample) {
        return new Source(name, kind, costPerSample, 0, 0, 0, 0, Integer.MAX_VALUE, 0, null, null, null);
    }

    public boolean inSessions() {
        return sessionSize > 0;
    }

    /** Samples in one purchasable unit. */
    public int unitSize() {
        return inSessions() ? sessionSize : 1;
    }

    /** Price of one unit. */
    public double unitCost() {
        return inSessions() ? costPerSession + sessionSize * costPerSample : costPerSample;
    }

    /** Average price of one sample, sessions included: the price a break-even brain price is compared with. */
    public double pricePerSample() {
        return unitCost() / unitSize();
    }

    /** Cost of buying {@code units} units, the fixed cost included when anything is bought. */
    public double cost(int units) {
        return units == 0 ? 0 : fixedCost + units * unitCost();
    }

    public long samples(int units) {
        return (long) units * unitSize();
    }

    /** Fewest units meeting minSamples. */
    public int minUnits() {
        return (minSamples + unitSize() - 1) / unitSize();
    }

    /** Most units within maxSamples. */
    public int maxUnits() {
        return maxSamples == Integer.MAX_VALUE ? Integer.MAX_VALUE : maxSamples / unitSize();
    }

    /** The same source with every price multiplied by {@code factor} (fixed cost excluded). */
    public Source withPriceFactor(double factor) {
        return new Source(name, kind, costPerSample * factor, sessionSize, costPerSession * factor, fixedCost,
                minSamples, maxSamples, alreadyCollected, neuralSnr, channels, taskNoise);
    }
}
