package org.brainbudget.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.brainbudget.io.InputException;
import org.brainbudget.report.SimulationReport;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.theory.Assessment;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo of the exact estimators at one allocation, beside the closed-form prediction.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    AllocationOptions options;

    @Option(names = "--reps", defaultValue = "200", paramLabel = "R",
            description = "independent replications (default ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--stage1", paramLabel = "METHOD",
            description = "stage-1 subspace estimator: ols or cross-covariance (default: the one the theory predicts"
                    + " to recover more)")
    String stage1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Allocation allocation = options.allocation();
        if (reps < 2) {
            throw new InputException("--reps: must be at least 2 to give a standard error (got " + reps + ")");
        }
        var scenario = options.scenario();
        World world = scenario.world();
        RiskModel model = new RiskModel(world);
        Assessment predicted = Assessment.of(model, allocation, scenario.shift());
        Stage1Method method = stage1Method(world, allocation, predicted);
        SimulationResult result = MonteCarlo.run(world,
                org.brainbudget.world.Design.of(world, allocation.brainSamples(), allocation.taskSamples()),
                scenario.shift(), new SimulationSettings(reps, seed, method));
        var out = spec.commandLine().getOut();
        out.print(options.json ? SimulationReport.json(result, predicted)
                : SimulationReport.text(result, predicted, options.worldFile.toString()));
        out.flush();
        return 0;
    }

    private Stage1Method stage1Method(World world, Allocation allocation, Assessment predicted) {
        if (stage1 == null) {
            return predicted.recovery().method();
        }
        Stage1Method m = switch (stage1.toLowerCase(Locale.ROOT)) {
            case "ols" -> Stage1Method.OLS;
            case "cross-covariance", "cc" -> Stage1Method.CROSS_COVARIANCE;
            default -> throw new InputException("--stage1: must be 'ols' or 'cross-covariance' (got '" + stage1 + "')");
        };
        if (allocation.brainSamples() > 0 && !m.isDefinedFor(allocation.brainSamples(), world.inputDim())) {
            throw new InputException("--stage1 ols: needs --brain > inputDim + 1 = " + (world.inputDim() + 1)
                    + "; use cross-covariance or more brain samples");
        }
        return m;
    }
}
