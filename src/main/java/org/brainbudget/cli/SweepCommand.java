package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.brainbudget.io.InputException;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.Sweep;
import org.brainbudget.plan.SweepParameter;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.report.SweepReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Re-plans over one or two parameters: what if brain data were cheaper, the alignment worse,"
                + " the budget doubled? With two parameters the output is a regime map.")
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "problem file (YAML, or JSON by its .json name)")
    Path problemFile;

    @Option(names = "--vary", required = true, paramLabel = "NAME=FROM:TO:STEPS",
            description = "parameter to vary (once or twice): budget, misalignment, neuralSnr, taskNoise, latentDim,"
                    + " shiftSize (every scenario's shift on a log scale: 0 none, 1 as written) or price.SOURCE"
                    + " (price per sample of that source)")
    List<String> vary;

    @CommandLine.Mixin
    ReportOutput output;

    @Option(names = "--csv", description = "print CSV")
    boolean csv;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "search seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (vary.size() > 2) {
            throw new InputException("--vary: at most two parameters (got " + vary.size() + ")");
        }
        if (output.json && csv) {
            throw new InputException("--json and --csv: choose one");
        }
        List<SweepParameter> parameters = vary.stream().map(SweepParameter::parse).toList();
        Problem problem = ProblemReader.read(problemFile);
        List<double[]> grid = Sweep.grid(parameters);
        List<Problem> problems = Sweep.problems(problem, parameters, grid);
        Planner planner = new Planner(PlanSolver.Settings.withSeed(seed), Planner.Search.OPTAPLANNER);
        List<Optional<Planner.SweepPoint>> points = evaluate(planner, problems);
        List<String> names = problem.sources().stream().map(Source::name).toList();
        String text = output.json ? SweepReport.json(parameters, grid, names, points)
                : csv ? SweepReport.csv(parameters, grid, names, points)
                : SweepReport.text(parameters, grid, names, points, problemFile.toString());
        output.emit(spec, text);
        return 0;
    }

    /** Both cores, results in grid order; a progress bar on a terminal unless --quiet. */
    private List<Optional<Planner.SweepPoint>> evaluate(Planner planner, List<Problem> problems) {
        boolean showProgress = !quiet && System.console() != null;
        ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("sweep")
                .setInitialMax(problems.size()).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build() : null;
        try {
            return IntStream.range(0, problems.size()).parallel().mapToObj(i -> {
                Optional<Planner.SweepPoint> point = planner.sweepPoint(problems.get(i));
                if (bar != null) {
                    bar.step();
                }
                return point;
            }).toList();
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
