package org.brainbudget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.brainbudget.io.ProblemReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports in reports/ are current: one per problem in problems/, made from the problem file as it is now (its
 * SHA-256), by this report format, and recommending what this code recommends (the plan JSON, recomputed here,
 * byte for byte). Regenerate them with the command in reports/README.md.
 */
class CommittedReportsTest {

    private static final Path PROBLEMS = Path.of("problems");
    private static final Path REPORTS = Path.of("reports");
    private static final String REGENERATE = "; regenerate with: ./brainbudget report problems/*.yaml";

    static Stream<Path> problems() throws IOException {
        try (Stream<Path> files = Files.list(PROBLEMS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void reportIsCurrent(Path problem) throws IOException {
        String name = ReportAnalysis.reportName(problem);
        Path json = REPORTS.resolve(name + ".json");
        Path markdown = REPORTS.resolve(name + ".md");
        Path html = REPORTS.resolve(name + ".html");
        assertThat(json).as("report of " + problem + REGENERATE).exists();
        assertThat(markdown).as("report of " + problem + REGENERATE).exists();
        assertThat(html).as("report of " + problem + REGENERATE).exists();

        String summary = Files.readString(markdown);
        long seed = Long.parseLong(field(summary, "seed"));
        assertThat(field(summary, "problem file SHA-256")).as(problem + " changed since its report" + REGENERATE)
                .isEqualTo(ReportAnalysis.sha256(problem));
        assertThat(Integer.parseInt(field(summary, "report format")))
                .as("report format of " + markdown + REGENERATE).isEqualTo(ReportAnalysis.REPORT_FORMAT);
        assertThat(Files.readString(json)).as("the plan in " + json + " is not what the code recommends now" + REGENERATE)
                .isEqualTo(ReportAnalysis.planJson(ProblemReader.read(problem), seed));
        String page = Files.readString(html);
        assertThat(page).as(html + " is the rendering of the same run").contains(field(summary, "plan JSON SHA-256"));
        assertThat(field(summary, "plan JSON SHA-256")).isEqualTo(ReportAnalysis.sha256(Files.readAllBytes(json)));
    }

    /** A value of the reproducibility table: the row "| name | value |". */
    private static String field(String markdown, String name) {
        String prefix = "| " + name + " | ";
        return markdown.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> l.substring(prefix.length(), l.length() - 2).trim())
                .orElseThrow(() -> new AssertionError("no '" + name + "' row in the report's reproducibility table"));
    }
}
