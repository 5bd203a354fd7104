package org.brainbudget.plan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.brainbudget.plan.Aggregate;
import org.brainbudget.plan.Evaluation;
import org.brainbudget.plan.ExactEnumerator;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.PlanEvaluator;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Problems;
import org.brainbudget.plan.Scenario;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.SourceKind;
import org.brainbudget.plan.UnitBounds;
import org.brainbudget.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** OptaPlanner against the exact enumerator on generated problems of two and three sources. */
class PlanSolverTest {

    static Stream<Problem> problems() {
        return IntStream.range(0, 20).mapToObj(PlanSolverTest::generate);
    }

    /** A reproducible random problem: prices, sessions, caps, label noise, scenarios and aggregation vary. */
    static Problem generate(int index) {
        Random r = new Random(1000 + index);
        int d = 20 + r.nextInt(130);
        int k = 2 + r.nextInt(Math.min(9, d / 4));
        int p = r.nextBoolean() ? k : 10 * k;
        double m = 0.5 * r.nextDouble();
        World world = World.withUniformSnr(d, k, p, 1.0, 0.2 + r.nextDouble(), m, 1, 0.5 + 5 * r.nextDouble());
        List<Source> sources = new ArrayList<>();
        int size = r.nextBoolean() ? 0 : 10 + r.nextInt(90);
        double brainPrice = 0.5 + 10 * r.nextDouble();
        sources.add(new Source("brain", SourceKind.BRAIN, size == 0 ? brainPrice : 0, size,
                size == 0 ? 0 : brainPrice * size, r.nextBoolean() ? 0 : 50 * r.nextDouble(), 0,
                r.nextBoolean() ? Integer.MAX_VALUE : 200 + r.nextInt(3000), 0, null, null, null));
        sources.add(new Source("labels", SourceKind.TASK, 1 + 9 * r.nextDouble(), 0, 0, 0, 0, Integer.MAX_VALUE, 0,
                null, null, null));
        if (index % 4 == 3) {
            sources.add(0, new Source("crowd", SourceKind.TASK, 0.5 + r.nextDouble(), 0, 0, 0, 0, 300, 0, null,
                    null, 3.0));
        }
        double budget = 500 + 4000 * r.nextDouble();
        List<Scenario> scenarios = index % 3 == 2
                ? List.of(new Scenario("low", 0.5, world.withMisalignment(m / 2)),
                        new Scenario("high", 0.5, world.withMisalignment(Math.min(1, m + 0.3))))
                : List.of(new Scenario("base", 1, world));
        Aggregate aggregate = index % 5 == 4 ? Aggregate.WORST_CASE : Aggregate.EXPECTED;
        return new Problem(world, sources, budget, "USD", Objective.MINIMIZE_RISK, Double.NaN, scenarios,
                aggregate, Problems.ALL);
    }

    @ParameterizedTest
    @MethodSource("problems")
    void searchComesWithinHalfAPercentOfTheEnumeratedOptimum(Problem problem) {
        PlanEvaluator evaluator = new PlanEvaluator(problem);
        Evaluation exact = new ExactEnumerator(evaluator).solve().orElseThrow();
        Evaluation found = PlanSolver.solve(evaluator, PlanSolver.Settings.DEFAULT);
        assertThat(found.cost()).isLessThanOrEqualTo(problem.budget() + 1e-6);
        for (int i = 0; i < found.units().length; i++) {
            assertThat(UnitBounds.withinCaps(problem.sources().get(i), found.units()[i])).isTrue();
        }
        assertThat(found.aggregateRisk()).isGreaterThanOrEqualTo(exact.aggregateRisk() * (1 - 1e-12));
        assertThat(found.aggregateRisk()).as("found %s, exact %s", java.util.Arrays.toString(found.units()),
                java.util.Arrays.toString(exact.units())).isLessThanOrEqualTo(exact.aggregateRisk() * 1.005);
    }
}
