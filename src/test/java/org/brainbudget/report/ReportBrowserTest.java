package org.brainbudget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every committed report in headless Chromium: each chart must render (its box on a full-page screenshot
 * holds ink) and the page must log no errors. Screenshots go to target/report-screenshots/ for people to look at.
 *
 * <p>Skipped when Chromium or ChromeDriver is missing, unless BRAINBUDGET_REQUIRE_BROWSER=1 (set by .ci/run, which
 * installs both), where a missing browser fails.
 */
class ReportBrowserTest {

    private static final Path REPORTS = Path.of("reports");
    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static Path browser;
    private static Path driver;

    @BeforeAll
    static void findBrowser() {
        Optional<Path> chromium = Chromium.find();
        Optional<Path> chromedriver = Chromium.onPath("chromedriver");
        boolean required = "1".equals(System.getenv("BRAINBUDGET_REQUIRE_BROWSER"));
        if (required) {
            assertThat(chromium).as("Chromium (BRAINBUDGET_REQUIRE_BROWSER=1)").isPresent();
            assertThat(chromedriver).as("chromedriver (BRAINBUDGET_REQUIRE_BROWSER=1)").isPresent();
        }
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
                "Chromium and chromedriver are not installed");
        browser = chromium.get();
        driver = chromedriver.get();
    }

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyChartRendersAndThePageLogsNoErrors(Path html) throws IOException {
        ReportPage page = ReportPage.open(browser, driver, html);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(page.screenshot, "png",
                SCREENSHOTS.resolve(html.getFileName().toString().replace(".html", ".png")).toFile());

        assertThat(page.errors).as("messages the page logged").isEmpty();
        assertThat(page.charts).extracting(ReportPage.Box::id)
                .containsExactly("frontier", "budget-line", "exchange-rate", "regime-map", "tornado");
        for (ReportPage.Box box : page.charts) {
            assertThat(box.loaded()).as(box.id() + " decoded").isTrue();
            assertThat(box.width()).as(box.id() + " width").isGreaterThan(400);
            assertThat(box.y() + box.height()).as(box.id() + " within the screenshot")
                    .isLessThanOrEqualTo(page.screenshot.getHeight());
            assertThat(page.ink(box).rendered()).as(box.id() + " " + page.ink(box)).isTrue();
        }
    }

    /** The checks above can fail: a blank chart and a script error are both caught. */
    @Test
    void aBlankChartAndAnErrorAreCaught(@TempDir Path dir) throws IOException {
        var blank = new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        Path html = dir.resolve("broken.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><figure id=\"blank\"><img class=\"chart\" src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(png.toByteArray())
                + "\"></figure><script>console.error('broken on purpose')</script></body></html>");
        ReportPage page = ReportPage.open(browser, driver, html);
        assertThat(page.errors).anyMatch(e -> e.contains("broken on purpose"));
        assertThat(page.charts).hasSize(1);
        assertThat(page.ink(page.charts.get(0)).rendered()).isFalse();
    }
}
