package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brainbudget.io.InputException;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.WhatIf;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.report.WhatIfReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Moves each uncertain parameter (misalignment, neural SNR, label noise, every price) and shows"
                + " how the recommendation changes and what keeping the current one would cost (its regret).")
final class SensitivityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "problem file")
    Path problemFile;

    @Option(names = "--range", defaultValue = "0.5", paramLabel = "R",
            description = "move each parameter by factors 1 − R … 1 + R (default ${DEFAULT-VALUE})")
    double range;

    @Option(names = "--steps", defaultValue = "5", paramLabel = "N", description = "factors per parameter (default ${DEFAULT-VALUE})")
    int steps;

    @CommandLine.Mixin
    ReportOutput output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(range > 0 && range < 1) || steps < 2) {
            throw new InputException("--range must be in (0, 1) and --steps at least 2");
        }
        Problem problem = ProblemReader.read(problemFile);
        List<WhatIf.Sensitivity> rows = WhatIf.sensitivity(
                new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.OPTAPLANNER), problem, range, steps);
        List<String> sources = problem.sources().stream().map(Source::name).toList();
        String text = output.json ? WhatIfReport.sensitivityJson(rows, sources)
                : WhatIfReport.sensitivityText(rows, sources, problemFile.toString());
        output.emit(spec, text);
        return 0;
    }
}
