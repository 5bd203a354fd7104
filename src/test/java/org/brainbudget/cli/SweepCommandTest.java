package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path dir;

    private Path problem() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, PlanCommandTest.WORLD + PlanCommandTest.SOURCES + "budget: 3000\n");
        return file;
    }

    @Test
    void moreBudgetNeverGivesAWorsePlan() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("sweep", problem().toString(), "--vary", "budget=1000:9000:5",
                "--json", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        assertThat(points).hasSize(5);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : points) {
            double risk = p.get("risk").asDouble();
            assertThat(risk).isLessThanOrEqualTo(previous * (1 + 1e-9));
            assertThat(p.get("totalCost").asDouble()).isLessThanOrEqualTo(p.get("values").get("budget").asDouble());
            assertThat(p.get("risk").asDouble()).isLessThanOrEqualTo(p.get("baselineRisk").asDouble() * (1 + 1e-9));
            previous = risk;
        }
    }

    @Test
    void twoParametersMakeARegimeMapWhereCheapBrainDataGetsMoreOfTheBudget() throws IOException {
        Path out = dir.resolve("map.csv");
        CommandLineTest.Run r = CommandLineTest.run("sweep", problem().toString(), "--vary", "price.fMRI=1:16:2",
                "--vary", "misalignment=0:0.5:3", "--csv", "--quiet", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().trim().split("\n");
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines[0]).startsWith("price.fMRI,misalignment,units:fMRI,units:labels,totalCost,risk");
        assertThat(Files.readString(out)).isEqualTo(r.out());
        int shareColumn = java.util.Arrays.asList(lines[0].split(",")).indexOf("brainShare");
        double cheapAligned = Double.parseDouble(lines[1].split(",")[shareColumn]);
        double dearAligned = Double.parseDouble(lines[4].split(",")[shareColumn]);
        assertThat(cheapAligned).isGreaterThanOrEqualTo(dearAligned);
    }

    @Test
    void badParametersAreInputErrors() throws IOException {
        CommandLineTest.Run malformed = CommandLineTest.run("sweep", problem().toString(), "--vary", "budget=1:2");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("NAME=FROM:TO:STEPS");
        CommandLineTest.Run unknown = CommandLineTest.run("sweep", problem().toString(), "--vary", "price.MEG=1:2:2");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no source named 'MEG'");
        CommandLineTest.Run invalid = CommandLineTest.run("sweep", problem().toString(), "--vary", "misalignment=0:2:3");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("--vary misalignment");
    }

    @Test
    void shiftSizeAndLatentDimCanBeSwept() throws IOException {
        Path file = dir.resolve("shift.yaml");
        Files.writeString(file, PlanCommandTest.WORLD + PlanCommandTest.SOURCES + """
                budget: 3000
                scenarios:
                  - name: field
                    train: {nuisance: 0.1}
                    test: {nuisance: 10}
                """);
        CommandLineTest.Run r = CommandLineTest.run("sweep", file.toString(), "--vary", "shiftSize=0:2:3", "--json",
                "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
        double none = points.get(0).get("baselineRisk").asDouble();
        double twice = points.get(2).get("baselineRisk").asDouble();
        assertThat(twice).isGreaterThan(none);
        CommandLineTest.Run k = CommandLineTest.run("sweep", problem().toString(), "--vary", "latentDim=2:12:3",
                "--csv", "--quiet");
        assertThat(k.exitCode()).as(k.err()).isZero();
        assertThat(k.out().trim().split("\n")).hasSize(4);
    }
}
