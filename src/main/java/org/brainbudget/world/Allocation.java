package org.brainbudget.world;

/** How many brain samples (paired stimuli and recordings) and task samples (labelled examples) to use. */
public record Allocation(int brainSamples, int taskSamples) {
    public Allocation {
        if (brainSamples < 0 || taskSamples < 0) {
            throw new IllegalArgumentException("sample counts must be >= 0, got " + brainSamples + ", " + taskSamples);
        }
    }
}
