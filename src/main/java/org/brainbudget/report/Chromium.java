package org.brainbudget.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium, found on this machine, started so that it never reaches for the network. */
public final class Chromium {

    /**
     * Start-up flags: headless, no sandbox (CI runs as root), and none of the background connections that a closed
     * network refuses.
     */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 180;

    private Chromium() {
    }

    /** The browser named by BRAINBUDGET_CHROMIUM, else the first of the usual names on the PATH. */
    public static Optional<Path> find() {
        String configured = System.getenv("BRAINBUDGET_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String name : NAMES) {
            Optional<Path> found = onPath(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The executable of that name on the PATH, if any. */
    public static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command that starts the browser with {@link #FLAGS}, a fresh profile directory and extra arguments. */
    public static List<String> command(Path browser, Path profile, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(browser.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(extra);
        return command;
    }

    /** Prints an HTML file to PDF, as it would print from the browser (no header or footer lines). */
    public static void printToPdf(Path browser, Path html, Path pdf) throws IOException {
        Path profile = Files.createTempDirectory("brainbudget-chromium");
        try {
            Process process = new ProcessBuilder(command(browser, profile, List.of("--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(browser + " did not finish printing within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IOException(browser + " failed to print " + html + " (exit code " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing " + html, e);
        } finally {
            deleteTree(profile);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
