package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;
import org.brainbudget.theory.ExchangeRates;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.ShiftedRidge;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.TaskArm;

/**
 * Brain data's worth at an allocation of a problem, in labels of the first task source: the labels that would give
 * task-only the same risk, aggregated over scenarios like the risk is.
 */
public final class BrainDataWorth {

    private BrainDataWorth() {
    }

    /** Noise of the first task source: the yardstick labels for the brain data's worth. */
    private static double referenceNoise(Problem p, int scenario) {
        Source first = p.taskSources().get(0);
        return first.taskNoise() != null ? first.taskNoise() : p.scenarios().get(scenario).world().taskNoise();
    }

    /** A design's worth in labels of the first task source, in one scenario. */
    private static double worthInLabels(Problem p, int scenario, Design design) {
        Scenario sc = p.scenarios().get(scenario);
        RiskModel model = new RiskModel(sc.world());
        double reference = referenceNoise(p, scenario);
        if (sc.shift().isNone()) {
            return ExchangeRates.samplesForRisk(n -> model.taskOnly(List.of(new TaskArm(n, reference))),
                    model.brainRegularized(design));
        }
        SubspaceRecovery.Prediction recovery = design.recordedBrain().isEmpty() ? null : model.recovery(design.brain());
        double risk = PlanEvaluator.scenarioRisks(sc, model, design, recovery).get(Estimator.BRAIN_REGULARIZED).value();
        return ExchangeRates.samplesForRisk(n -> ShiftedRidge.taskOnly(sc.world(), new TaskArm(n, reference), sc.shift()),
                risk);
    }

    /** Per-scenario worths: weighted mean under expected, else (worst-case, minimax-regret) the least worth. */
    private static double aggregateWorth(Problem p, java.util.function.IntToDoubleFunction perScenario) {
        double[] values = new double[p.scenarios().size()];
        for (int s = 0; s < values.length; s++) {
            values[s] = perScenario.applyAsDouble(s);
        }
        return p.aggregate() == Aggregate.EXPECTED
                ? Aggregate.EXPECTED.of(p.scenarios(), values)
                : java.util.Arrays.stream(values).min().orElse(0);
    }

    /** What the brain data of an allocation is worth, in labels of the first task source. */
    public static double valueOfBrainData(Problem p, Evaluation optimum) {
        return aggregateWorth(p, s -> {
            Design d = optimum.designs().get(s);
            return worthInLabels(p, s, d) - worthInLabels(p, s, new Design(List.of(), d.task()));
        });
    }

    /**
     * Labels of the first task source that one more sample of the first brain modality holding data is worth, at
     * an allocation (NaN without brain data).
     */
    public static double marginalExchangeRate(Problem p, Evaluation optimum) {
        int arm = firstBoughtBrainArm(p, optimum);
        if (arm < 0) {
            return Double.NaN;
        }
        return aggregateWorth(p, s -> {
            Design d = optimum.designs().get(s);
            double n = d.brain().get(arm).samples();
            double h = Math.max(1, 0.01 * n);
            return (worthInLabels(p, s, withBrainSamples(d, arm, n + h))
                    - worthInLabels(p, s, withBrainSamples(d, arm, n - h))) / (2 * h);
        });
    }

    /** The first brain modality holding data at the optimum (bought or already collected), or −1. */
    private static int firstBoughtBrainArm(Problem p, Evaluation optimum) {
        List<BrainArm> brain = optimum.designs().get(0).brain();
        for (int arm = 0; arm < brain.size(); arm++) {
            if (brain.get(arm).samples() > 0) {
                return arm;
            }
        }
        return -1;
    }

    private static Design withBrainSamples(Design d, int arm, double samples) {
        List<BrainArm> brain = new ArrayList<>(d.brain());
        BrainArm a = brain.get(arm);
        brain.set(arm, new BrainArm(samples, a.neuralSnr(), a.channels()));
        return new Design(brain, d.task());
    }

}
