package org.brainbudget.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brainbudget.io.InputException;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.WhatIf;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.report.WhatIfReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Risk against budget for the optimal mix, task-only and a brain-heavy allocation, and the"
                + " budget at which brain data starts to pay.")
final class FrontierCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "problem file")
    Path problemFile;

    @Option(names = "--points", defaultValue = "20", paramLabel = "N",
            description = "budgets on the frontier, spaced geometrically (default ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--from", paramLabel = "B", description = "smallest budget (default: a tenth of the file's)")
    Double from;

    @Option(names = "--to", paramLabel = "B", description = "largest budget (default: four times the file's)")
    Double to;

    @CommandLine.Mixin
    ReportOutput output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Problem problem = ProblemReader.read(problemFile);
        double lo = from == null ? problem.budget() / 10 : from;
        double hi = to == null ? problem.budget() * 4 : to;
        if (points < 2 || !(lo > 0) || !(hi > lo)) {
            throw new InputException("--points, --from, --to: need at least 2 points and 0 < from < to");
        }
        WhatIf.Frontier frontier = WhatIf.frontier(new Planner(PlanSolver.Settings.DEFAULT,
                Planner.Search.OPTAPLANNER), problem, WhatIf.geometricBudgets(lo, hi, points));
        String text = output.json ? WhatIfReport.frontierJson(frontier)
                : WhatIfReport.frontierText(frontier, problem, problemFile.toString());
        output.emit(spec, text);
        return 0;
    }
}
