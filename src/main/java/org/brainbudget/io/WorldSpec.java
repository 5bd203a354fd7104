package org.brainbudget.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import org.brainbudget.world.World;

/**
 * The {@code world:} section as written in a problem file, before validation. Absent optional fields take their
 * defaults: {@code channels} = latentDim, {@code misalignedDim} = 1.
 */
record WorldSpec(
        @JsonProperty(value = "inputDim", required = true) Integer inputDim,
        @JsonProperty(value = "latentDim", required = true) Integer latentDim,
        @JsonProperty("channels") Integer channels,
        @JsonProperty(value = "taskSignal", required = true) Double taskSignal,
        @JsonProperty(value = "taskNoise", required = true) Double taskNoise,
        @JsonProperty(value = "misalignment", required = true) Double misalignment,
        @JsonProperty("misalignedDim") Integer misalignedDim,
        @JsonProperty(value = "neuralSnr", required = true)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Double> neuralSnr) {

    /** Field names in the order a user would read them, for messages. */
    static final List<String> FIELDS = List.of("inputDim", "latentDim", "channels", "taskSignal", "taskNoise",
            "misalignment", "misalignedDim", "neuralSnr");

    /** The validated world, or the list of rule violations. */
    List<World.Violation> violations() {
        return World.violations(inputDim, latentDim, resolvedChannels(), taskSignal, taskNoise, misalignment,
                resolvedMisalignedDim(), resolvedSnr());
    }

    World toWorld() {
        return new World(inputDim, latentDim, resolvedChannels(), taskSignal, taskNoise, misalignment,
                resolvedMisalignedDim(), resolvedSnr());
    }

    private int resolvedChannels() {
        return channels == null ? latentDim : channels;
    }

    private int resolvedMisalignedDim() {
        return misalignedDim == null ? 1 : misalignedDim;
    }

    private List<Double> resolvedSnr() {
        if (neuralSnr != null && neuralSnr.size() == 1 && latentDim != null && latentDim >= 1) {
            return Collections.nCopies(latentDim, neuralSnr.get(0));
        }
        return neuralSnr;
    }
}
