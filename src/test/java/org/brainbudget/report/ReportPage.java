package org.brainbudget.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A report opened in headless Chromium: a full-page screenshot, where each chart image sits on it, and what the
 * page logged.
 */
final class ReportPage {

    /** A chart's box on the page, in CSS pixels from the top of the document. */
    record Box(String id, int x, int y, int width, int height, boolean loaded) {
    }

    /** What one chart looks like on the screenshot. */
    record Ink(String id, double nonWhiteShare, int colours) {
        /** Rendered: some ink and more than a couple of colours (a blank or broken image has neither). */
        boolean rendered() {
            return nonWhiteShare > 0.01 && colours > 8;
        }
    }

    static {
        // Selenium warns that it has no CDP bindings for this Chromium version; the one CDP command used here
        // (Page.captureScreenshot) goes through ChromeDriver and needs none.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    final BufferedImage screenshot;
    final List<Box> charts;
    final List<String> errors;

    private ReportPage(BufferedImage screenshot, List<Box> charts, List<String> errors) {
        this.screenshot = screenshot;
        this.charts = charts;
        this.errors = errors;
    }

    static ReportPage open(Path browser, Path driverExecutable, Path html) throws IOException {
        Path profile = Files.createTempDirectory("brainbudget-browser-test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(Chromium.FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1100,1400", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(html.toAbsolutePath().toUri().toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) driver.executeScript("""
                    return Array.from(document.querySelectorAll('img.chart')).map(img => {
                      const r = img.getBoundingClientRect();
                      return {id: img.closest('figure') ? img.closest('figure').id : '', x: r.left + window.scrollX,
                              y: r.top + window.scrollY, w: r.width, h: r.height,
                              loaded: img.complete && img.naturalWidth > 0};
                    });""");
            long width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode((String) shot.get("data"))));
            List<Box> charts = new ArrayList<>();
            for (Map<String, Object> b : boxes) {
                charts.add(new Box((String) b.get("id"), number(b.get("x")), number(b.get("y")), number(b.get("w")),
                        number(b.get("h")), Boolean.TRUE.equals(b.get("loaded"))));
            }
            List<String> errors = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(e.getLevel() + " " + e.getMessage());
                }
            }
            return new ReportPage(image, charts, errors);
        } finally {
            driver.quit();
            Chromium.deleteTree(profile);
        }
    }

    private static int number(Object o) {
        return (int) Math.round(((Number) o).doubleValue());
    }

    /** How much ink the screenshot shows inside a chart's box. */
    Ink ink(Box box) {
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long total = 0;
        int x1 = Math.min(screenshot.getWidth(), box.x() + box.width());
        int y1 = Math.min(screenshot.getHeight(), box.y() + box.height());
        for (int y = Math.max(0, box.y()); y < y1; y++) {
            for (int x = Math.max(0, box.x()); x < x1; x++) {
                int rgb = screenshot.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    nonWhite++;
                }
                total++;
            }
        }
        return new Ink(box.id(), total == 0 ? 0 : (double) nonWhite / total, colours.size());
    }
}
