package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BrainBudget.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path world() throws IOException {
        Path p = dir.resolve("world.yaml");
        Files.writeString(p, """
                world:
                  inputDim: 60
                  latentDim: 6
                  channels: 60
                  taskSignal: 1.0
                  taskNoise: 0.5
                  misalignment: 0.2
                  neuralSnr: 3
                """);
        return p;
    }

    @Test
    void predictJsonHasTheDocumentedKeys() throws IOException {
        Run r = run("predict", "--world", world().toString(), "--brain", "600", "--task", "80", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"brainSamples", "taskSamples", "effectiveMisalignment", "risk", "irreducible",
                "taskEquivalentSamples", "valueOfBrainData", "averageExchangeRate", "marginalExchangeRate",
                "relativeValue"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        for (String key : new String[] {"taskOnly", "brainProjected", "brainRegularized"}) {
            assertThat(json.get("risk").get(key).isNumber()).as(key).isTrue();
        }
        assertThat(json.get("risk").get("brainRegularized").asDouble())
                .isLessThan(json.get("risk").get("taskOnly").asDouble());
        assertThat(json.get("valueOfBrainData").asDouble()).isPositive();
    }

    @Test
    void predictSaysWhenAFormulaDoesNotApply() throws IOException {
        Run r = run("predict", "--world", world().toString(), "--brain", "600", "--task", "7");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("brain-projected").contains("n/a")
                .contains("brain-projected needs taskSamples > latentDim + 1 = 7");
    }

    @Test
    void simulateIsReproducibleAndReportsStandardErrors() throws IOException {
        String[] args = {"simulate", "--world", world().toString(), "--brain", "300", "--task", "40", "--reps", "20",
                "--seed", "5", "--json"};
        Run first = run(args);
        Run second = run(args);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("risk").get("brainRegularized").isNumber()).isTrue();
        assertThat(json.get("stdError").get("taskOnly").asDouble()).isPositive();
    }

    @Test
    void badInputExitsWithCodeTwoAndNoStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "world:\n  inputDim: 10\n  latentDim: 20\n  taskSignal: 1\n  taskNoise: 1\n"
                + "  misalignment: 0\n  neuralSnr: 1\n");
        Run r = run("predict", "--world", bad.toString(), "--brain", "10", "--task", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("world.latentDim").doesNotContain("Exception").doesNotContain("\tat ");
        Run negative = run("predict", "--world", world().toString(), "--brain", "-1", "--task", "10");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--brain");
        Run missing = run("simulate", "--world", world().toString(), "--brain", "1");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--task");
        Run olsTooFew = run("simulate", "--world", world().toString(), "--brain", "20", "--task", "10", "--stage1", "ols");
        assertThat(olsTooFew.exitCode()).isEqualTo(2);
        assertThat(olsTooFew.err()).contains("--stage1");
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("predict").contains("simulate").contains("check");
    }

    @Test
    void aScenarioOfTheFileReplacesTheBaseWorld() throws IOException {
        Path p = dir.resolve("scenarios.yaml");
        Files.writeString(p, Files.readString(world()) + """
                scenarios:
                  - name: misaligned
                    world: {misalignment: 0.9}
                """);
        Run base = run("predict", "--world", p.toString(), "--brain", "600", "--task", "80", "--json");
        Run shifted = run("predict", "--world", p.toString(), "--brain", "600", "--task", "80", "--json",
                "--scenario", "misaligned");
        assertThat(shifted.exitCode()).as(shifted.err()).isZero();
        double baseValue = new ObjectMapper().readTree(base.out()).get("valueOfBrainData").asDouble();
        double shiftedValue = new ObjectMapper().readTree(shifted.out()).get("valueOfBrainData").asDouble();
        assertThat(shiftedValue).isLessThan(baseValue);
        Run unknown = run("predict", "--world", p.toString(), "--brain", "600", "--task", "80", "--scenario", "misalinged");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'misaligned'");
    }
}
