package org.brainbudget.world;

/**
 * Labelled task samples from one source.
 *
 * @param samples task samples (real, so that the theory can differentiate)
 * @param noise   label noise variance of this source
 */
public record TaskArm(double samples, double noise) {
    public TaskArm {
        if (!(samples >= 0) || !(noise > 0)) {
            throw new IllegalArgumentException("task arm needs samples >= 0 and noise > 0, got " + samples + ", " + noise);
        }
    }

    public static TaskArm of(World world, double samples) {
        return new TaskArm(samples, world.taskNoise());
    }
}
