package org.brainbudget.world;

import java.util.List;

/**
 * All the data a lab would hold: brain data from each modality and labels from each task source.
 * Modalities record the same latent subspace; task sources label the same task with their own noise.
 */
public record Design(List<BrainArm> brain, List<TaskArm> task) {

    public Design {
        brain = List.copyOf(brain);
        task = List.copyOf(task);
    }

    /** One modality and one task source, both as the world describes them. */
    public static Design of(World world, double brainSamples, double taskSamples) {
        return new Design(List.of(BrainArm.of(world, brainSamples)), List.of(TaskArm.of(world, taskSamples)));
    }

    public double brainSamples() {
        return brain.stream().mapToDouble(BrainArm::samples).sum();
    }

    public double taskSamples() {
        return task.stream().mapToDouble(TaskArm::samples).sum();
    }

    /** Brain arms that hold data (samples > 0). */
    public List<BrainArm> recordedBrain() {
        return brain.stream().filter(a -> a.samples() > 0).toList();
    }
}
