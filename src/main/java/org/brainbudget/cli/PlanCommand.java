package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brainbudget.calibrate.Calibration;
import org.brainbudget.calibrate.CalibrationYaml;
import org.brainbudget.calibrate.PilotReader;
import org.brainbudget.io.InputException;
import org.brainbudget.io.OutputFiles;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.ExactEnumerator;
import org.brainbudget.plan.PlanEvaluator;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.report.PlanReport;
import org.brainbudget.report.ReportAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Recommends how many brain recordings and task labels to buy, and what they will achieve.")
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "problem file (YAML, or JSON by its .json name)")
    Path problemFile;

    @Option(names = "--json", description = "print JSON instead of a summary")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the JSON to FILE (written only on success)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "search seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--steps", defaultValue = "" + PlanSolver.Settings.DEFAULT_STEPS, paramLabel = "N",
            description = "local-search steps at most (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--unimproved-steps", defaultValue = "" + PlanSolver.Settings.DEFAULT_UNIMPROVED_STEPS,
            paramLabel = "N",
            description = "stop after N steps without a better plan (default ${DEFAULT-VALUE})")
    int unimprovedSteps;

    @Option(names = "--exact", description = "search by exact enumeration instead of OptaPlanner (up to three sources)")
    boolean exact;

    @Option(names = "--pilot", paramLabel = "DIR",
            description = "calibrate the world from the pilot in DIR (defaults of calibrate) and plan with its world"
                    + " and scenarios in place of the file's")
    Path pilot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (steps < 1 || unimprovedSteps < 1) {
            throw new InputException("--steps and --unimproved-steps: must be at least 1");
        }
        Problem problem = pilot == null ? ProblemReader.read(problemFile)
                : ProblemReader.readWithWorld(problemFile, CalibrationYaml.write(
                        Calibration.run(PilotReader.read(pilot)), pilot.toString(),
                        ReportAnalysis.toolVersion()));
        if (exact && problem.sources().size() > 3) {
            throw new InputException(problemFile + ": --exact: the enumerator handles up to three sources; this problem has "
                    + problem.sources().size() + " (drop --exact to use OptaPlanner)");
        }
        if (exact) {
            long combinations = new ExactEnumerator(new PlanEvaluator(problem)).combinations();
            if (combinations > ExactEnumerator.MAX_COMBINATIONS) {
                throw new InputException(String.format(java.util.Locale.ROOT, "%s: --exact: %,d combinations of units,"
                        + " more than the enumerator's limit of %,d (drop --exact to use OptaPlanner)", problemFile, combinations,
                        ExactEnumerator.MAX_COMBINATIONS));
            }
        }
        Planner planner = new Planner(new PlanSolver.Settings(seed, steps, unimprovedSteps),
                exact ? Planner.Search.EXACT : Planner.Search.OPTAPLANNER);
        PlanResult result;
        try {
            result = planner.plan(problem);
        } catch (InputException e) {
            throw new InputException(problemFile + ": " + e.getMessage(), e);
        }
        String jsonText = PlanReport.json(result);
        if (out != null) {
            OutputFiles.writeAtomically(out, jsonText);
        }
        var w = spec.commandLine().getOut();
        w.print(json ? jsonText : PlanReport.text(result, problemFile.toString()));
        w.flush();
        return 0;
    }
}
