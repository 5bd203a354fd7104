package org.brainbudget.simulate;

import java.util.List;
import org.brainbudget.world.Stage1Method;

/**
 * How to run a Monte Carlo study.
 *
 * @param reps   independent replications (each draws a new world instance, brain and task data)
 * @param seed   master seed; replication i always gets the same stream, whatever the thread count
 * @param stage1 how stage 1 estimates the brain subspace, one method per modality that holds data
 */
public record SimulationSettings(int reps, long seed, List<Stage1Method> stage1) {
    public SimulationSettings {
        stage1 = List.copyOf(stage1);
        if (reps < 2) {
            throw new IllegalArgumentException("reps must be >= 2 to give a standard error, got " + reps);
        }
    }

    /** One modality. */
    public SimulationSettings(int reps, long seed, Stage1Method stage1) {
        this(reps, seed, List.of(stage1));
    }
}
