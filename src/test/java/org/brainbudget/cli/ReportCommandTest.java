package org.brainbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    private Path problem() throws IOException {
        Path file = dir.resolve("small-lab.yaml");
        Files.writeString(file, PlanCommandTest.WORLD.replace("  misalignment: 0.1\n",
                "  # m: from the pilot's held-out fit\n  misalignment: 0.1\n") + PlanCommandTest.SOURCES + """
                budget: 3000
                scenarios:
                  - name: as planned
                    weight: 0.7
                  - name: worse aligned
                    weight: 0.3
                    world: {misalignment: 0.3}
                """);
        return file;
    }

    @Test
    void writesASelfContainedReportThePlanAndASummary() throws IOException {
        Path out = dir.resolve("reports");
        CommandLineTest.Run r = CommandLineTest.run("report", problem().toString(), "--out", out.toString(),
                "--reps", "4", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("small-lab.html"));
        String markdown = Files.readString(out.resolve("small-lab.md"));
        String json = Files.readString(out.resolve("small-lab.json"));

        assertThat(Pattern.compile("<img class=\"chart\"[^>]*src=\"data:image/png;base64,").matcher(html).results())
                .hasSize(5);
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("@import");
        assertThat(CommandLineTest.run("plan", problem().toString(), "--json").out()).isEqualTo(json);
        for (String section : new String[] {"Recommendation", "Cost breakdown", "Risk per scenario",
                "What the brain data is worth", "Sensitivity", "Monte Carlo at the recommended allocation",
                "Assumptions", "Reproducibility"}) {
            assertThat(html).contains(section);
            assertThat(markdown).contains(section);
        }
        assertThat(markdown).contains("| as planned |").contains("| worse aligned |")
                .contains("m: from the pilot's held-out fit").contains("| seed | 1 |")
                .contains("| Monte Carlo replications per scenario | 4 |");
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path out = dir.resolve("twice");
        String[] names = {"small-lab.html", "small-lab.md", "small-lab.json"};
        String[] first = new String[names.length];
        for (int run = 0; run < 2; run++) {
            assertThat(CommandLineTest.run("report", problem().toString(), "--out", out.toString(), "--reps", "3",
                    "--quiet").exitCode()).isZero();
            for (int i = 0; i < names.length; i++) {
                String text = Files.readString(out.resolve(names[i]));
                if (run == 0) {
                    first[i] = text;
                } else {
                    assertThat(text).as(names[i]).isEqualTo(first[i]);
                }
            }
        }
        assertThat(first[1]).contains("| command | ./brainbudget report " + problem());
    }

    @Test
    void pdfIsPrintedWhenChromiumIsInstalled() throws IOException {
        boolean required = "1".equals(System.getenv("BRAINBUDGET_REQUIRE_BROWSER"));
        Assumptions.assumeTrue(required || org.brainbudget.report.Chromium.find().isPresent(), "no Chromium here");
        Path out = dir.resolve("pdf");
        CommandLineTest.Run r = CommandLineTest.run("report", problem().toString(), "--out", out.toString(),
                "--reps", "2", "--quiet", "--pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] pdf = Files.readAllBytes(out.resolve("small-lab.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(50_000);
    }

    @Test
    void pdfWithoutChromiumSaysSoAndWritesNothing() throws Exception {
        Path out = dir.resolve("no-pdf");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BrainBudget.class.getName(), "report",
                problem().toString(), "--out", out.toString(), "--pdf", "--quiet");
        pb.environment().put("BRAINBUDGET_CHROMIUM", dir.resolve("no-such-browser").toString());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(output).contains("--pdf: no Chromium found").contains("drop --pdf");
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputIsAnInputErrorAndWritesNothing() throws IOException {
        Path out = dir.resolve("none");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, PlanCommandTest.WORLD + PlanCommandTest.SOURCES + "budget: -5\n");
        CommandLineTest.Run r = CommandLineTest.run("report", problem().toString(), broken.toString(),
                "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(r.err()).contains("broken.yaml").contains("budget");
        assertThat(out).doesNotExist();

        r = CommandLineTest.run("report", problem().toString(), "--reps", "1", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(BrainBudget.INPUT_ERROR);
        assertThat(r.err()).contains("--reps");
        assertThat(out).doesNotExist();
    }
}
