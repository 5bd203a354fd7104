package org.brainbudget.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.brainbudget.io.InputException;
import org.brainbudget.io.OutputFiles;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.Problem;
import org.brainbudget.report.Chromium;
import org.brainbudget.report.HtmlReport;
import org.brainbudget.report.MarkdownReport;
import org.brainbudget.report.PlanReport;
import org.brainbudget.report.ReportAnalysis;
import org.brainbudget.report.ReportContent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a planning report for each problem: a self-contained HTML file with charts, the plan's"
                + " JSON and a Markdown summary (and a PDF with --pdf), named after the problem file.",
                "",
                "The report runs the plan, the budget frontier, a regime map, a sensitivity analysis and a Monte Carlo"
                        + " check at the recommended allocation; expect minutes for large worlds (d ≥ 1000)."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PROBLEM", description = "problem files (YAML, or JSON by its .json name)")
    List<Path> problemFiles;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "directory for NAME.html, NAME.json, NAME.md (and NAME.pdf) (default ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--pdf", description = "also print the HTML report to NAME.pdf with headless Chromium")
    boolean pdf;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "search and simulation seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--reps", defaultValue = "40", paramLabel = "R",
            description = "Monte Carlo replications per scenario at the recommendation (default ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--quiet", description = "no progress messages on standard error")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (reps < 2) {
            throw new InputException("--reps: must be at least 2 to give a standard error (got " + reps + ")");
        }
        Optional<Path> browser = pdf ? Chromium.find() : Optional.empty();
        if (pdf && browser.isEmpty()) {
            throw new InputException("--pdf: no Chromium found (looked for $BRAINBUDGET_CHROMIUM, then chromium,"
                    + " chromium-browser, google-chrome on the PATH); install Debian's 'chromium' package or drop --pdf");
        }
        // Every file is read and checked before any work starts, so that a typo in the last one costs nothing.
        List<Problem> problems = new ArrayList<>();
        for (Path file : problemFiles) {
            problems.add(ProblemReader.read(file));
        }
        // originalArgs holds the whole command line, the subcommand name included.
        String command = "./brainbudget " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        var out = spec.commandLine().getOut();
        for (int i = 0; i < problems.size(); i++) {
            Path file = problemFiles.get(i);
            String name = ReportAnalysis.reportName(file);
            ReportContent content;
            try {
                content = ReportAnalysis.run(file, problems.get(i), new ReportAnalysis.Settings(seed, reps, command),
                        stage -> progress(name, stage));
            } catch (InputException e) {
                throw new InputException(file + ": " + e.getMessage(), e);
            }
            Path html = outDir.resolve(name + ".html");
            OutputFiles.writeAtomically(outDir.resolve(name + ".json"), PlanReport.json(content.plan()));
            OutputFiles.writeAtomically(outDir.resolve(name + ".md"), MarkdownReport.render(content));
            OutputFiles.writeAtomically(html, HtmlReport.render(content));
            out.println("wrote " + html + ", " + outDir.resolve(name + ".json") + ", " + outDir.resolve(name + ".md"));
            if (browser.isPresent()) {
                Path pdfFile = outDir.resolve(name + ".pdf");
                OutputFiles.produceAtomically(pdfFile, tmp -> Chromium.printToPdf(browser.get(), html, tmp));
                out.println("wrote " + pdfFile);
            }
        }
        out.flush();
        return 0;
    }

    private void progress(String name, String stage) {
        if (!quiet) {
            spec.commandLine().getErr().println(name + ": " + stage + " …");
        }
    }
}
