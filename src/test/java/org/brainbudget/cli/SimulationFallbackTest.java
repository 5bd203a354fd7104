package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the closed forms do not cover a scenario (a shift with two label sources), plan says so, searches with the
 * pooled approximation and reports the simulated risk at the recommendation; the same input and seed give the same
 * bytes.
 */
class SimulationFallbackTest {

    @TempDir
    Path dir;

    @Test
    void aScenarioTheClosedFormsDoNotCoverIsSimulatedAtTheRecommendation() throws IOException {
        Path file = dir.resolve("two-label-sources-shifted.yaml");
        Files.writeString(file, PlanCommandTest.WORLD + """
                sources:
                  brain:
                    - {name: fMRI, sessionSize: 50, costPerSession: 200}
                  task:
                    - {name: crowd, costPerSample: 4}
                    - {name: experts, costPerSample: 12, taskNoise: 0.1}
                budget: 3000
                scenarios:
                  - {name: lab, weight: 0.5}
                  - {name: clinic, weight: 0.5, test: {nuisance: 6, misaligned: 2}}
                """);
        CommandLineTest.Run first = CommandLineTest.run("plan", file.toString(), "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(first.out());
        JsonNode clinic = plan.get("simulatedRisk").get("clinic");
        assertThat(clinic).as("simulated risk of the shifted scenario").isNotNull();
        assertThat(plan.get("simulatedRisk").has("lab")).isFalse();
        assertThat(clinic.get("reason").asText()).contains("one task source");
        assertThat(clinic.get("reps").asInt()).isEqualTo(100);
        assertThat(plan.get("risk").get("perScenario").get("clinic").asDouble())
                .isEqualTo(clinic.get("risk").asDouble());
        // The pooled approximation steered the search; it should not be far from the simulation here.
        assertThat(clinic.get("approximation").asDouble()).isCloseTo(clinic.get("risk").asDouble(),
                within(0.15 * clinic.get("risk").asDouble()));
        double lab = plan.get("risk").get("perScenario").get("lab").asDouble();
        assertThat(plan.get("risk").get("aggregate").asDouble())
                .isCloseTo(0.5 * lab + 0.5 * clinic.get("risk").asDouble(), within(1e-12));
        assertThat(plan.get("simulatedBaselineRisk").has("clinic")).isTrue();
        assertThat(plan.get("warnings").toString()).contains("simulated at the recommendation");

        CommandLineTest.Run second = CommandLineTest.run("plan", file.toString(), "--json");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(CommandLineTest.run("plan", file.toString()).out()).contains("simulated: ±");
    }
}
