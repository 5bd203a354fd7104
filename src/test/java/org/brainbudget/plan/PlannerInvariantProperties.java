package org.brainbudget.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.theory.Risk;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.World;

/**
 * Invariants of the planner over generated problems (one brain source, one or two label sources, sessions,
 * fixed costs, caps, sometimes a shifted scenario): the plan stays within budget and caps, its risk is finite and
 * not negative, the recommended estimator is never worse than task-only at the same allocation, and more budget
 * never gives a worse optimum (exact enumeration, whose optimum is the true one).
 */
class PlannerInvariantProperties {

    private static final Planner EXACT = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.EXACT);

    @Provide
    Arbitrary<Problem> problems() {
        Arbitrary<World> worlds = Combinators.combine(
                Arbitraries.integers().between(8, 40), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 4), Arbitraries.doubles().between(0.1, 5),
                Arbitraries.doubles().between(0.05, 3), Arbitraries.of(0.0, 1e-9, 0.05, 0.2, 0.5, 0.9, 1.0),
                Arbitraries.doubles().between(0.02, 30)).as((d, k, channelFactor, s, noise, m, snr) ->
                World.withUniformSnr(d, Math.min(k, d - 2), Math.min(k, d - 2) * channelFactor, s, noise, m, 1, snr));
        Arbitrary<List<Source>> sources = Combinators.combine(
                Arbitraries.doubles().between(0.5, 40), Arbitraries.of(0, 5, 20), Arbitraries.of(0.0, 50.0, 300.0),
                Arbitraries.of(Integer.MAX_VALUE, 50, 400), Arbitraries.doubles().between(1, 30),
                Arbitraries.of(0.0, 5.0, 40.0), Arbitraries.doubles().between(0.05, 2)).as(
                (brainPrice, session, fixed, cap, labelPrice, secondPrice, secondNoise) -> {
                    List<Source> out = new ArrayList<>();
                    out.add(new Source("brain", SourceKind.BRAIN, session == 0 ? brainPrice : 0, session,
                            session == 0 ? 0 : brainPrice * session, fixed, 0, cap, 0, null, null, null));
                    out.add(Source.perSample("labels", SourceKind.TASK, labelPrice));
                    if (secondPrice > 0) {
                        out.add(new Source("experts", SourceKind.TASK, secondPrice, 0, 0, 0, 0, Integer.MAX_VALUE, 0,
                                null, null, secondNoise));
                    }
                    return out;
                });
        Arbitrary<Boolean> shifted = Arbitraries.of(false, false, true);
        return Combinators.combine(worlds, sources, Arbitraries.doubles().between(100, 3000), shifted)
                .as((world, srcs, budget, shift) -> {
                    List<Scenario> scenarios = new ArrayList<>();
                    scenarios.add(new Scenario("base", 0.7, world, Shift.NONE));
                    if (shift) {
                        scenarios.add(new Scenario("nuisance shift", 0.3, world, new Shift(Shift.Multipliers.ONE,
                                new Shift.Multipliers(1, 1, 5), Shift.Multipliers.ONE)));
                    }
                    return new Problem(world, srcs, budget, "USD", Objective.MINIMIZE_RISK, Double.NaN, scenarios,
                            Aggregate.EXPECTED, List.of(Estimator.values()));
                });
    }

    @Property(tries = 150, seed = "20261204")
    void planStaysWithinBudgetAndCapsWithAFiniteRiskNoWorseThanTaskOnly(@ForAll("problems") Problem problem) {
        Evaluation o = EXACT.sweepPoint(problem).orElseThrow().optimum();
        assertThat(o.cost()).isLessThanOrEqualTo(problem.budget() + 1e-6);
        for (int i = 0; i < o.units().length; i++) {
            assertThat(UnitBounds.withinCaps(problem.sources().get(i), o.units()[i])).as("caps of source " + i).isTrue();
        }
        assertThat(o.aggregateRisk()).isFinite().isGreaterThanOrEqualTo(0);
        double taskOnly = aggregate(problem, o, Estimator.TASK_ONLY);
        assertThat(o.aggregateRisk()).as("recommended %s against task-only at the same allocation", o.estimator())
                .isLessThanOrEqualTo(taskOnly * (1 + 1e-12));
        for (Map<Estimator, Risk> risks : o.scenarioRisks()) {
            risks.forEach((e, r) -> {
                if (r.isDefined()) {
                    assertThat(r.value()).as(e.key()).isFinite().isGreaterThanOrEqualTo(0);
                } else {
                    assertThat(r.undefinedReason()).as(e.key()).isNotBlank();
                }
            });
        }
    }

    @Property(tries = 100, seed = "20261204")
    void moreBudgetNeverGivesAWorseOptimum(@ForAll("problems") Problem problem,
                                           @ForAll("growth") double growth) {
        double before = EXACT.sweepPoint(problem).orElseThrow().optimum().aggregateRisk();
        double after = EXACT.sweepPoint(problem.withBudget(problem.budget() * growth)).orElseThrow().optimum()
                .aggregateRisk();
        assertThat(after).isLessThanOrEqualTo(before * (1 + 1e-12));
    }

    @Provide
    Arbitrary<Double> growth() {
        return Arbitraries.of(1.01, 1.3, 2.0, 5.0);
    }

    private static double aggregate(Problem p, Evaluation e, Estimator estimator) {
        double[] values = new double[p.scenarios().size()];
        for (int s = 0; s < values.length; s++) {
            Risk r = e.scenarioRisks().get(s).get(estimator);
            values[s] = r.isDefined() ? r.value() : Double.POSITIVE_INFINITY;
        }
        return p.aggregate().of(p.scenarios(), values);
    }
}
