package org.brainbudget.plan;

import java.util.List;
import java.util.Map;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;

/**
 * An allocation judged by the theory.
 *
 * @param units           units bought per source, in problem order
 * @param cost            total cost
 * @param estimator       the estimator with the lowest aggregated risk among those the lab allows
 * @param aggregateRisk   its aggregated risk (+∞ when no allowed estimator has a risk here)
 * @param scenarioRisks   per scenario, the risk of every estimator
 * @param designs         per scenario, the data the allocation yields
 * @param recoveries      per scenario, the predicted brain subspace (null without brain data)
 */
public record Evaluation(int[] units, double cost, Estimator estimator, double aggregateRisk,
                         List<Map<Estimator, Risk>> scenarioRisks, List<Design> designs,
                         List<SubspaceRecovery.Prediction> recoveries) {

    /** Risk of the chosen estimator in scenario {@code s}. */
    public double scenarioRisk(int s) {
        Risk r = scenarioRisks.get(s).get(estimator);
        return r.isDefined() ? r.value() : Double.POSITIVE_INFINITY;
    }
}
