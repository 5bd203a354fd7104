package org.brainbudget.cli;

import java.util.concurrent.Callable;
import org.brainbudget.report.AssessmentReport;
import org.brainbudget.theory.Assessment;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Allocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Closed-form test risk of every estimator at one allocation, and what the brain data are worth.")
final class PredictCommand implements Callable<Integer> {

    @Mixin
    AllocationOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Allocation allocation = options.allocation();
        var scenario = options.scenario();
        Assessment a = Assessment.of(new RiskModel(scenario.world()), allocation, scenario.shift());
        var out = spec.commandLine().getOut();
        out.print(options.json ? AssessmentReport.json(a) : AssessmentReport.text(a, options.worldFile.toString()));
        out.flush();
        return 0;
    }
}
