package org.brainbudget.cli;

import java.nio.file.Path;
import org.brainbudget.io.InputException;
import org.brainbudget.io.ProblemFiles;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.world.Allocation;
import org.brainbudget.plan.Scenario;
import picocli.CommandLine.Option;

/** Options shared by the commands that look at one allocation of one world. */
final class AllocationOptions {

    @Option(names = "--world", required = true, paramLabel = "FILE",
            description = "YAML or JSON file with a 'world:' section (a problem file will do)")
    Path worldFile;

    @Option(names = "--brain", required = true, paramLabel = "N", description = "brain samples n_B (0 = none)")
    int brainSamples;

    @Option(names = "--task", required = true, paramLabel = "N", description = "task samples n_T (at least 1)")
    int taskSamples;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "use this scenario of the file (its world overrides) instead of the base world")
    String scenario;

    /** The base world, or the named scenario's world and shift. */
    Scenario scenario() {
        return scenario == null ? new Scenario("base", 1, ProblemFiles.readWorld(worldFile))
                : ProblemReader.readScenario(worldFile, scenario);
    }

    Allocation allocation() {
        if (brainSamples < 0) {
            throw new InputException("--brain: must be a whole number >= 0 (got " + brainSamples + ")");
        }
        if (taskSamples < 1) {
            throw new InputException("--task: must be a whole number >= 1 (got " + taskSamples + ")");
        }
        return new Allocation(brainSamples, taskSamples);
    }
}
