package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanCommandTest {

    @TempDir
    Path dir;

    static final String WORLD = """
            world:
              inputDim: 60
              latentDim: 6
              taskSignal: 1.0
              taskNoise: 0.5
              misalignment: 0.1
              neuralSnr: 4
            """;

    static final String SOURCES = """
            sources:
              brain:
                - name: fMRI
                  sessionSize: 50
                  costPerSession: 200
              task:
                - name: labels
                  costPerSample: 10
            """;

    @Test
    void planJsonHasTheDocumentedKeysAndRespectsTheBudget() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, WORLD + SOURCES + "budget: 3000\n");
        Path out = dir.resolve("out/plan.json");
        CommandLineTest.Run r = CommandLineTest.run("plan", file.toString(), "--json", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"allocation", "totalCost", "budget", "risk", "estimator", "baseline",
                "valueOfBrainData", "marginalExchangeRate", "breakEvenBrainPrice", "orderList"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("risk").has("aggregate")).isTrue();
        assertThat(json.get("risk").get("perScenario").has("base")).isTrue();
        assertThat(json.get("totalCost").asDouble()).isLessThanOrEqualTo(3000);
        JsonNode first = json.get("allocation").get(0);
        for (String key : new String[] {"source", "kind", "samples", "sessions", "cost"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(json.get("baseline").has("allocation")).isTrue();
        assertThat(json.get("baseline").get("risk").get("aggregate").asDouble())
                .isGreaterThanOrEqualTo(json.get("risk").get("aggregate").asDouble());
        assertThat(Files.readString(out)).isEqualTo(r.out());
        assertThat(CommandLineTest.run("plan", file.toString(), "--json").out()).isEqualTo(r.out());
    }

    static Stream<Arguments> badProblems() {
        return Stream.of(
                Arguments.of("unknown source field", WORLD + SOURCES.replace("costPerSample: 10", "costPerLabel: 10")
                        + "budget: 1000\n", "sources.task[0].costPerLabel"),
                Arguments.of("zero price", WORLD + SOURCES.replace("costPerSample: 10", "costPerSample: 0")
                        + "budget: 1000\n", "sources.task[0].costPerSample"),
                Arguments.of("negative price", WORLD + SOURCES.replace("costPerSession: 200", "costPerSession: -5")
                        + "budget: 1000\n", "sources.brain[0].costPerSession"),
                Arguments.of("budget below the minimum purchases", WORLD + SOURCES.replace("costPerSample: 10",
                        "costPerSample: 10\n      minSamples: 500") + "budget: 1000\n", "budget"),
                Arguments.of("contradicting caps", WORLD + SOURCES.replace("costPerSession: 200",
                        "costPerSession: 200\n      minSamples: 300\n      maxSamples: 100") + "budget: 1000\n",
                        "sources.brain[0].minSamples"),
                Arguments.of("unreachable target", WORLD + SOURCES + "budget: 1000\nobjective: minimize-cost\n"
                        + "targetRisk: 0.0001\n", "targetRisk"),
                Arguments.of("missing target", WORLD + SOURCES + "budget: 1000\nobjective: minimize-cost\n",
                        "targetRisk"),
                Arguments.of("no task source", WORLD + "sources:\n  brain:\n    - name: EEG\n      costPerSample: 1\n"
                        + "budget: 1000\n", "sources.task"),
                Arguments.of("duplicate names", WORLD + SOURCES + "    - name: labels\n      costPerSample: 3\n"
                        + "budget: 1000\n", "sources.task[1].name"),
                Arguments.of("unknown top-level key", WORLD + SOURCES + "budjet: 1000\n", "budjet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProblems")
    void badProblemFilesFailWithTheFieldAndNoOutput(String name, String text, String field) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        Path out = dir.resolve("plan.json");
        CommandLineTest.Run r = CommandLineTest.run("plan", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(field).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReachableTargetIsMetAtTheLowestCost() throws IOException {
        Path file = dir.resolve("cost.yaml");
        Files.writeString(file, WORLD + SOURCES + "budget: 5000\nobjective: minimize-cost\ntargetRisk: 0.2\n");
        CommandLineTest.Run r = CommandLineTest.run("plan", file.toString(), "--json", "--exact");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("risk").get("aggregate").asDouble()).isLessThanOrEqualTo(0.2);
        assertThat(json.get("totalCost").asDouble()).isLessThan(5000);
    }

    @Test
    void shiftScenariosArePlannedAndPredicted() throws IOException {
        Path file = dir.resolve("shift.yaml");
        Files.writeString(file, WORLD + SOURCES + """
                budget: 3000
                scenarios:
                  - name: lab
                  - name: field
                    train: {nuisance: 0.05}
                    test: {nuisance: 20}
                """);
        CommandLineTest.Run plan = CommandLineTest.run("plan", file.toString(), "--json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(plan.out());
        double lab = json.get("risk").get("perScenario").get("lab").asDouble();
        double field = json.get("risk").get("perScenario").get("field").asDouble();
        assertThat(field).isGreaterThan(lab);
        JsonNode robustness = json.get("robustness").get("field");
        assertThat(robustness.get("taskOnlyVsNoShift").asDouble())
                .isGreaterThan(robustness.get("brainRegularizedVsNoShift").asDouble());
        assertThat(json.get("robustness").get("lab").get("taskOnlyVsNoShift").asDouble()).isEqualTo(1.0);
        CommandLineTest.Run base = CommandLineTest.run("predict", "--world", file.toString(), "--brain", "500",
                "--task", "100", "--json");
        CommandLineTest.Run shifted = CommandLineTest.run("predict", "--world", file.toString(), "--brain", "500",
                "--task", "100", "--json", "--scenario", "field");
        JsonNode b = new ObjectMapper().readTree(base.out()).get("risk");
        JsonNode s = new ObjectMapper().readTree(shifted.out()).get("risk");
        // The nuisance shift hurts task-only far more than brain-regularized, which inherits the brain's invariance.
        assertThat(s.get("taskOnly").asDouble() / b.get("taskOnly").asDouble())
                .isGreaterThan(s.get("brainRegularized").asDouble() / b.get("brainRegularized").asDouble());
        CommandLineTest.Run sim = CommandLineTest.run("simulate", "--world", file.toString(), "--brain", "500",
                "--task", "100", "--reps", "50", "--scenario", "field");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        Path bad = dir.resolve("bad-shift.yaml");
        Files.writeString(bad, Files.readString(file).replace("test: {nuisance: 20}", "test: {nuisance: -1}"));
        CommandLineTest.Run rejected = CommandLineTest.run("plan", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(2);
        assertThat(rejected.err()).contains("scenarios[1].test.nuisance");
    }

    @Test
    void exactOnAProblemTooLargeToEnumerateIsAnInputError() throws IOException {
        Path file = dir.resolve("large.yaml");
        Files.writeString(file, WORLD + """
                sources:
                  brain:
                    - {name: fMRI, costPerSample: 1}
                  task:
                    - {name: crowd, costPerSample: 1}
                    - {name: experts, costPerSample: 1, taskNoise: 0.1}
                budget: 100000
                """);
        CommandLineTest.Run r = CommandLineTest.run("plan", file.toString(), "--exact");
        assertThat(r.exitCode()).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(r.err()).contains("--exact").contains("combinations").contains("drop --exact");
    }
}
