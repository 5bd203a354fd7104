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
 */
public record PlanResult(Problem problem, Evaluation optimum, Evaluation baseline,
                         Map<String, Estimator> estimatorPerScenario, double valueOfBrainData,
                         double marginalExchangeRate, Map<String, Double> breakEvenBrainPrice,
                         Map<String, Robustness> robustness, List<String> orderList, List<String> warnings,
                         String search) {

    /**
     * @param gain                   task-only risk over brain-regularized risk under the scenario
     * @param taskOnlyChange         task-only risk under the scenario over its risk without the shift
     * @param brainRegularizedChange the same for brain-regularized
     */
    public record Robustness(double gain, double taskOnlyChange, double brainRegularizedChange) {
    }
}
