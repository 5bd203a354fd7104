package org.brainbudget.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brainbudget.io.InputException;
import org.brainbudget.simulate.Estimate;
import org.brainbudget.validation.Agreement;
import org.brainbudget.validation.AgreementGrid;
import org.brainbudget.world.Estimator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Closed form against Monte Carlo on the built-in agreement grid; prints a Markdown table.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--reps", defaultValue = "200", paramLabel = "R",
            description = "replications per point (default ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--seed", defaultValue = "20261204", paramLabel = "S", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--near-threshold", description = "also compare the points near the detectability threshold")
    boolean nearThreshold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (reps < 2) {
            throw new InputException("--reps: must be at least 2 (got " + reps + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        int failures = table(out, "Agreement grid", AgreementGrid.points());
        if (nearThreshold) {
            out.println();
            table(out, "Near the detectability threshold (unchecked regime: the law should be conservative)",
                    AgreementGrid.nearThreshold());
        }
        out.printf(Locale.ROOT, "%n%d of %d grid points agree (within %.0f%% or %.0f standard errors); %d reps, seed %d%n",
                AgreementGrid.points().size() - failures, AgreementGrid.points().size(),
                100 * Agreement.RELATIVE_TOLERANCE, Agreement.Z_TOLERANCE, reps, seed);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int table(PrintWriter out, String title, List<AgreementGrid.Point> points) {
        out.println("### " + title);
        out.println();
        out.println("| world and allocation | stage 1 | regime | m̂ theory | m̂ sim | TO theory | TO sim | BR theory | BR sim | BR diff | agrees |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        int failures = 0;
        for (AgreementGrid.Point p : points) {
            Agreement a = Agreement.compare(p, reps, seed);
            Estimate to = a.simulated(Estimator.TASK_ONLY);
            Estimate br = a.simulated(Estimator.BRAIN_REGULARIZED);
            boolean ok = Agreement.agrees(a.taskOnly(), to) && Agreement.agrees(a.brainRegularized(), br);
            failures += ok ? 0 : 1;
            Estimate m = a.simulated().effectiveMisalignment();
            out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %.4f | %.4f ± %.4f | %.4f | %.4f ± %.4f | %+.1f%% | %s |%n",
                    p, a.recovery().method() == org.brainbudget.world.Stage1Method.OLS ? "OLS" : "CC",
                    a.recovery().regime().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    a.recovery().expectedMisalignment(),
                    m == null ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", m.mean(), m.stdError()),
                    a.taskOnly(), to.mean(), to.stdError(), a.brainRegularized(), br.mean(), br.stdError(),
                    100 * (a.brainRegularized() / br.mean() - 1), ok ? "yes" : "no");
            out.flush();
        }
        return failures;
    }
}
