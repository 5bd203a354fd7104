package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brainbudget.calibrate.PilotWriter;
import org.brainbudget.io.InputException;
import org.brainbudget.io.ProblemFiles;
import org.brainbudget.simulate.PilotGenerator;
import org.brainbudget.world.PilotData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pilot", mixinStandardHelpOptions = true,
        description = "Draws a synthetic pilot from a known world, in the layout calibrate reads: for trying"
                + " calibrate, or for seeing how large a pilot must be to pin a world down.")
final class PilotCommand implements Callable<Integer> {

    @Option(names = "--world", required = true, paramLabel = "FILE",
            description = "YAML or JSON file with a 'world:' section (a problem file will do)")
    Path worldFile;

    @Option(names = "--brain", required = true, paramLabel = "N", description = "brain rows (stimuli with recordings)")
    int brainRows;

    @Option(names = "--task", required = true, paramLabel = "N", description = "labelled task rows")
    int taskRows;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the CSV files to")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var world = ProblemFiles.readWorld(worldFile);
        int needed = PilotData.minimumRows(world.inputDim());
        if (brainRows < needed || taskRows < needed) {
            throw new InputException("--brain and --task: calibrate needs at least inputDim + 10 = " + needed
                    + " rows of each");
        }
        PilotWriter.write(out, PilotGenerator.draw(world, brainRows, taskRows, seed));
        spec.commandLine().getOut().println("wrote " + out + ": stimuli.csv, recordings.csv, task.csv");
        return 0;
    }
}
