package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainbudget.io.ProblemFiles;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

    private static final String PILOT = "problems/example-pilot";
    private static final Path CALIBRATED_PROBLEM = Path.of("problems/eeg-pilot-calibrated.yaml");

    @TempDir
    Path dir;

    @Test
    void theCalibratedExampleProblemHoldsWhatCalibratePrintsNow() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("calibrate", PILOT, "--yaml-only");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(CALIBRATED_PROBLEM))
                .as(CALIBRATED_PROBLEM + " must hold `./brainbudget calibrate " + PILOT + " --yaml-only` unchanged")
                .contains(r.out());
    }

    @Test
    void calibratedYamlIsAValidWorldAndPlanWithPilotUsesIt() throws IOException {
        Path out = dir.resolve("world.yaml");
        CommandLineTest.Run r = CommandLineTest.run("calibrate", PILOT, "--out", out.toString(), "--bootstrap", "40");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("noise floor").contains("latentDim 5");
        World world = ProblemFiles.readWorld(out);
        assertThat(world.inputDim()).isEqualTo(40);
        assertThat(world.channels()).isEqualTo(64);
        assertThat(world.latentDim()).isEqualTo(5);

        // The example problem's world is the calibrated one, so planning it with --pilot changes nothing.
        String fromFile = CommandLineTest.run("plan", CALIBRATED_PROBLEM.toString(), "--json").out();
        CommandLineTest.Run withPilot = CommandLineTest.run("plan", CALIBRATED_PROBLEM.toString(), "--json",
                "--pilot", PILOT);
        assertThat(withPilot.exitCode()).as(withPilot.err()).isZero();
        assertThat(withPilot.out()).isEqualTo(fromFile).contains("pessimistic pilot");
    }

    @Test
    void aMessyPilotIsAnInputError() throws IOException {
        CommandLineTest.Run made = CommandLineTest.run("pilot", "--world", "problems/example-pilot/truth.yaml",
                "--brain", "60", "--task", "60", "--out", dir.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Path task = dir.resolve("task.csv");
        var lines = Files.readAllLines(task);
        lines.set(3, lines.get(3).replaceFirst("^[^,]*", "n/a"));
        Files.write(task, lines);
        CommandLineTest.Run r = CommandLineTest.run("calibrate", dir.toString());
        assertThat(r.exitCode()).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(r.err()).contains("task.csv: row 4, column 'x1': 'n/a' is not a number");

        r = CommandLineTest.run("pilot", "--world", "problems/example-pilot/truth.yaml", "--brain", "20",
                "--task", "60", "--out", dir.resolve("small").toString());
        assertThat(r.exitCode()).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(r.err()).contains("at least inputDim + 10 = 50");
    }
}
