package org.brainbudget.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

/** Minimax-regret picks the allocation whose worst gap to each scenario's own optimum is smallest. */
class MinimaxRegretTest {

    private static Problem problem(Aggregate aggregate) {
        World base = World.withUniformSnr(100, 10, 10, 1.0, 0.5, 0.1, 1, 4);
        List<Scenario> scenarios = List.of(new Scenario("aligned", 1, base.withMisalignment(0.0)),
                new Scenario("misaligned", 1, base.withMisalignment(0.7)));
        return new Problem(base, List.of(Source.perSample("brain", SourceKind.BRAIN, 2),
                Source.perSample("labels", SourceKind.TASK, 10)), 5000, "USD", Objective.MINIMIZE_RISK, Double.NaN,
                scenarios, aggregate, Problems.ALL);
    }

    /** Max over scenarios of (risk of the allocation − the scenario's own best risk). */
    private static double maxRegret(int[] units) {
        Problem p = problem(Aggregate.EXPECTED);
        double worst = 0;
        for (Scenario s : p.scenarios()) {
            Problem alone = new Problem(p.world(), p.sources(), p.budget(), p.currency(), p.objective(), Double.NaN,
                    List.of(s), Aggregate.EXPECTED, p.estimators());
            PlanEvaluator evaluator = new PlanEvaluator(alone);
            double best = new ExactEnumerator(evaluator).solve().orElseThrow().aggregateRisk();
            worst = Math.max(worst, evaluator.risk(units) - best);
        }
        return worst;
    }

    @Test
    void theMinimaxRegretPlanHasTheSmallestWorstRegret() {
        Evaluation robust = new ExactEnumerator(new PlanEvaluator(problem(Aggregate.MINIMAX_REGRET))).solve().orElseThrow();
        Evaluation expected = new ExactEnumerator(new PlanEvaluator(problem(Aggregate.EXPECTED))).solve().orElseThrow();
        Evaluation worstCase = new ExactEnumerator(new PlanEvaluator(problem(Aggregate.WORST_CASE))).solve().orElseThrow();
        double robustRegret = maxRegret(robust.units());
        assertThat(robustRegret).isGreaterThanOrEqualTo(0);
        assertThat(robust.aggregateRisk()).isCloseTo(robustRegret, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(robustRegret).isLessThanOrEqualTo(maxRegret(expected.units()) + 1e-12);
        assertThat(robustRegret).isLessThanOrEqualTo(maxRegret(worstCase.units()) + 1e-12);
    }
}
