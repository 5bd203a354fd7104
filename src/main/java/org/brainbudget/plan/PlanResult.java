package org.brainbudget.plan;

import java.util.List;
import java.util.Map;
import org.brainbudget.world.Estimator;

/**
 * A recommendation and everything said about it.
 *
 * @param optimum              the recommended allocation
 * @param baseline             the task-only optimum at the same budget (null if it cannot reach a cost target)
 * @param estimatorPerScenario the best allowed estimator in each scenario at the optimum
 * @param valueOfBrainData     brain data's worth in labels of the first task source (aggregated over scenarios)
 * @param marginalExchangeRate labels of the first task source one more sample of the first brain source with
 *                             data is worth (NaN without brain data)
 * @param breakEvenBrainPrice  per brain source, the highest price per sample at which the optimum still buys it
 *                             (NaN when below 1/16 of its price, +∞ when above 16 times it: searched no further)
 * @param robustness           per scenario, at the optimum: task-only over brain-regularized risk, and how much
 *                             each moved against the same scenario without its distribution shift
 * @param search               how the optimum was found
 * @param simulated            per scenario the closed forms do not cover, the recommendation's simulated risk
 * @param simulatedBaseline    the same for the task-only baseline
 */
public record PlanResult(Problem problem, Evaluation optimum, Evaluation baseline,
                         Map<String, Estimator> estimatorPerScenario, double valueOfBrainData,
                         double marginalExchangeRate, Map<String, Double> breakEvenBrainPrice,
                         Map<String, Robustness> robustness, List<String> orderList, List<String> warnings,
                         String search, Map<String, Simulated> simulated, Map<String, Simulated> simulatedBaseline) {

    /**
     * A scenario's risk found by Monte Carlo because the closed forms do not cover it.
     *
     * @param reason    why the closed forms do not apply
     * @param surrogate the approximation the search used
     */
    public record Simulated(String reason, Estimator estimator, double surrogate, double mean, double stdError,
                            int reps) {
    }

    /** The recommendation's risk in scenario {@code s}: simulated where the closed forms do not cover it. */
    public double scenarioRisk(int s) {
        Simulated sim = simulated.get(problem.scenarios().get(s).name());
        return sim != null ? sim.mean() : optimum.scenarioRisk(s);
    }

    /** The baseline's risk in scenario {@code s}, likewise. */
    public double baselineScenarioRisk(int s) {
        Simulated sim = simulatedBaseline.get(problem.scenarios().get(s).name());
        return sim != null ? sim.mean() : baseline.scenarioRisk(s);
    }

    /**
     * The recommendation's aggregated risk with simulated values in place of surrogates (for minimax-regret, whose
     * reference optima are themselves surrogates there, the search's value).
     */
    public double aggregateRisk() {
        return aggregate(optimum, this::scenarioRisk);
    }

    public double baselineAggregateRisk() {
        return aggregate(baseline, this::baselineScenarioRisk);
    }

    private double aggregate(Evaluation e, java.util.function.IntToDoubleFunction risk) {
        if (problem.aggregate() == Aggregate.MINIMAX_REGRET) {
            return e.aggregateRisk();
        }
        double[] values = new double[problem.scenarios().size()];
        for (int s = 0; s < values.length; s++) {
            values[s] = risk.applyAsDouble(s);
        }
        return problem.aggregate().of(problem.scenarios(), values);
    }

    /**
     * @param gain                   task-only risk over brain-regularized risk under the scenario
     * @param taskOnlyChange         task-only risk under the scenario over its risk without the shift
     * @param brainRegularizedChange the same for brain-regularized
     */
    public record Robustness(double gain, double taskOnlyChange, double brainRegularizedChange) {
    }
}
