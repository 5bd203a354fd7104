package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.brainbudget.io.InputException;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.simulate.Estimate;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.ShiftedRisk;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;

/**
 * Plans a problem: the optimum (OptaPlanner, or the exact enumerator on request), the task-only baseline, the
 * brain data's worth, break-even brain prices, and an order list.
 */
public final class Planner {

    /** How the optimum is searched. */
    public enum Search { OPTAPLANNER, EXACT }

    private static final int BISECTION_STEPS = 16;
    private static final String NEAR_THRESHOLD = "the brain subspace is near the detectability threshold, where the"
            + " closed form is unchecked";
    /** The break-even search looks this far above and below the current price. */
    private static final double PRICE_FACTOR_LIMIT = 16;

    private final PlanSolver.Settings settings;
    private final Search search;

    public Planner(PlanSolver.Settings settings, Search search) {
        this.settings = settings;
        this.search = search;
    }

    public PlanResult plan(Problem problem) {
        PlanEvaluator evaluator = new PlanEvaluator(problem);
        Evaluation optimum = optimum(evaluator, search).orElseThrow(() -> unreachable(evaluator));
        if (problem.objective() == Objective.MINIMIZE_RISK && optimum.cost() > problem.budget() + 1e-6) {
            throw new IllegalStateException("search returned an allocation over budget: " + optimum.cost());
        }
        Evaluation baseline = baseline(evaluator);
        Map<String, Estimator> perScenario = new LinkedHashMap<>();
        for (int s = 0; s < problem.scenarios().size(); s++) {
            perScenario.put(problem.scenarios().get(s).name(), bestEstimator(problem, optimum.scenarioRisks().get(s)));
        }
        List<String> warnings = new ArrayList<>();
        Map<String, PlanResult.Simulated> simulated = simulateNotModelled(problem, optimum);
        Map<String, PlanResult.Simulated> simulatedBaseline = baseline == null ? Map.of()
                : simulateNotModelled(problem, baseline);
        simulated.forEach((name, sim) -> warnings.add(String.format(Locale.ROOT, "scenario %s: %s; the search used %s"
                        + " (%.6g) and the risk reported is simulated at the recommendation, %.6g ± %.2g (%d"
                        + " replications); the brain data's value and exchange rates there rest on what the search used",
                name, sim.reason(), sim.reason().equals(NEAR_THRESHOLD)
                        ? "the closed form" : "an approximation, label sources pooled and brain stimuli unshifted",
                sim.surrogate(), sim.mean(), sim.stdError(), sim.reps())));
        return new PlanResult(problem, optimum, baseline, perScenario, BrainDataWorth.valueOfBrainData(problem, optimum),
                BrainDataWorth.marginalExchangeRate(problem, optimum), breakEvenPrices(evaluator, optimum),
                robustness(problem, optimum), orderList(problem, optimum), warnings,
                search == Search.EXACT ? "exact enumeration" : "OptaPlanner (seed " + settings.seed() + ")",
                simulated, simulatedBaseline);
    }

    /**
     * Monte Carlo, at an allocation, of each scenario whose shifted design the closed forms do not cover or whose
     * brain subspace lies where the recovery law is unchecked: the risk the search approximated is measured
     * instead (replications fewer as d grows, to keep the cost near a second per scenario at d = 200 and bounded
     * beyond).
     */
    private Map<String, PlanResult.Simulated> simulateNotModelled(Problem problem, Evaluation at) {
        Map<String, PlanResult.Simulated> out = new LinkedHashMap<>();
        for (int s = 0; s < problem.scenarios().size(); s++) {
            Scenario sc = problem.scenarios().get(s);
            Design design = at.designs().get(s);
            SubspaceRecovery.Prediction recovery = at.recoveries().get(s);
            String reason = ShiftedRisk.notModelled(design, sc.shift());
            if (reason == null && recovery != null && !recovery.regime().isChecked()) {
                reason = NEAR_THRESHOLD;
            }
            if (reason == null) {
                continue;
            }
            int d = sc.world().inputDim();
            int reps = d <= 200 ? 100 : d <= 500 ? 40 : 16;
            SimulationResult result = MonteCarlo.run(sc.world(), design, sc.shift(), new SimulationSettings(reps,
                    settings.seed(), recovery == null ? List.of() : recovery.methods()));
            Estimate e = result.risks().get(at.estimator());
            out.put(sc.name(), new PlanResult.Simulated(reason, at.estimator(), at.scenarioRisk(s), e.mean(),
                    e.stdError(), reps));
        }
        return out;
    }

    /**
     * One point of a what-if sweep: the optimum, the task-only baseline's risk and the brain data's worth, without
     * the break-even search (which re-plans many times).
     */
    public record SweepPoint(Evaluation optimum, double baselineRisk, double valueOfBrainData, double brainShare) {
    }

    /** The optimum of a problem and what the brain data adds to it; empty when a cost target is unreachable. */
    public Optional<SweepPoint> sweepPoint(Problem problem) {
        PlanEvaluator evaluator = new PlanEvaluator(problem);
        Search how = search == Search.EXACT || ExactEnumerator.isQuick(evaluator) ? Search.EXACT : Search.OPTAPLANNER;
        return optimum(evaluator, how).map(o -> {
            Evaluation baseline = baseline(evaluator);
            double brainCost = 0;
            for (int i = 0; i < problem.sources().size(); i++) {
                if (problem.sources().get(i).kind() == SourceKind.BRAIN) {
                    brainCost += problem.sources().get(i).cost(o.units()[i]);
                }
            }
            return new SweepPoint(o, baseline == null ? Double.NaN : baseline.aggregateRisk(),
                    BrainDataWorth.valueOfBrainData(problem, o), o.cost() > 0 ? brainCost / o.cost() : 0);
        });
    }

    /** Per scenario: task-only over brain-regularized, and how each moved against the unshifted scenario. */
    private static Map<String, PlanResult.Robustness> robustness(Problem p, Evaluation optimum) {
        Map<String, PlanResult.Robustness> out = new LinkedHashMap<>();
        for (int s = 0; s < p.scenarios().size(); s++) {
            Scenario sc = p.scenarios().get(s);
            Map<Estimator, Risk> shifted = optimum.scenarioRisks().get(s);
            Map<Estimator, Risk> unshifted = new RiskModel(sc.world())
                    .risks(optimum.designs().get(s), optimum.recoveries().get(s));
            double to = shifted.get(Estimator.TASK_ONLY).value();
            double br = shifted.get(Estimator.BRAIN_REGULARIZED).value();
            out.put(sc.name(), new PlanResult.Robustness(to / br, to / unshifted.get(Estimator.TASK_ONLY).value(),
                    br / unshifted.get(Estimator.BRAIN_REGULARIZED).value()));
        }
        return out;
    }

    /** The optimum by the chosen search; empty when no allocation meets a cost objective's target. */
    Optional<Evaluation> optimum(PlanEvaluator evaluator, Search how) {
        if (how == Search.EXACT) {
            return new ExactEnumerator(evaluator).solve();
        }
        Evaluation found = PlanSolver.solve(evaluator, settings);
        Problem p = evaluator.problem();
        boolean feasible = found.cost() <= p.budget() + 1e-6 && withinCaps(p, found.units())
                && (p.objective() == Objective.MINIMIZE_RISK || found.aggregateRisk() <= p.targetRisk());
        return feasible ? Optional.of(found) : Optional.empty();
    }

    private static boolean withinCaps(Problem p, int[] units) {
        for (int i = 0; i < units.length; i++) {
            if (!UnitBounds.withinCaps(p.sources().get(i), units[i])) {
                return false;
            }
        }
        return true;
    }

    /** For an unreachable target: the best risk the budget can buy, and what it costs. */
    private InputException unreachable(PlanEvaluator evaluator) {
        Problem p = evaluator.problem();
        Problem riskProblem = new Problem(p.world(), p.sources(), p.budget(), p.currency(), Objective.MINIMIZE_RISK,
                Double.NaN, p.scenarios(), p.aggregate(), p.estimators());
        Evaluation best = optimum(evaluator.withProblem(riskProblem), search).orElseThrow();
        return new InputException(String.format(Locale.ROOT, "targetRisk: %.6g cannot be reached within the budget"
                        + " of %.2f %s; the best reachable risk is %.6g, at a cost of %.2f %s; raise the budget"
                        + " or the target", p.targetRisk(), p.budget(), p.currency(), best.aggregateRisk(),
                best.cost(), p.currency()));
    }

    /** The task-only optimum: no brain source bought, task-only estimators. */
    private Evaluation baseline(PlanEvaluator evaluator) {
        Problem p = evaluator.problem();
        List<Source> taskOnlySources = p.sources().stream()
                .map(s -> s.kind() == SourceKind.BRAIN ? noPurchase(s) : s).toList();
        List<Estimator> estimators = p.estimators().stream()
                .filter(e -> e == Estimator.TASK_ONLY || e == Estimator.TASK_ONLY_OLS).toList();
        if (estimators.isEmpty()) {
            estimators = List.of(Estimator.TASK_ONLY);
        }
        Problem base = new Problem(p.world(), taskOnlySources, p.budget(), p.currency(), p.objective(),
                p.targetRisk(), p.scenarios(), p.aggregate(), estimators);
        PlanEvaluator baseEvaluator = evaluator.withProblem(base);
        return optimum(baseEvaluator, ExactEnumerator.isQuick(baseEvaluator) ? Search.EXACT : search).orElse(null);
    }

    /** The source with buying switched off (its existing data still counts). */
    private static Source noPurchase(Source s) {
        return new Source(s.name(), s.kind(), s.costPerSample(), s.sessionSize(), s.costPerSession(), s.fixedCost(),
                0, 0, s.alreadyCollected(), s.neuralSnr(), s.channels(), s.taskNoise());
    }

    private static Estimator bestEstimator(Problem p, Map<Estimator, Risk> risks) {
        Estimator best = null;
        double bestRisk = Double.POSITIVE_INFINITY;
        for (Estimator e : p.estimators()) {
            Risk r = risks.get(e);
            if (r.isDefined() && (best == null || r.value() < bestRisk)) {
                best = e;
                bestRisk = r.value();
            }
        }
        return best;
    }

    /**
     * Per brain source, the highest price per sample at which the optimum still buys it: bisection, in log space,
     * on a factor applied to its prices (its fixed cost stays), re-planning exactly where the enumerator can.
     */
    private Map<String, Double> breakEvenPrices(PlanEvaluator evaluator, Evaluation optimum) {
        Problem p = evaluator.problem();
        Map<String, Double> out = new LinkedHashMap<>();
        Search how = ExactEnumerator.isQuick(evaluator) ? Search.EXACT : search;
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            if (s.kind() != SourceKind.BRAIN) {
                continue;
            }
            int index = i;
            java.util.function.DoublePredicate buys = factor -> {
                List<Source> priced = new ArrayList<>(p.sources());
                priced.set(index, s.withPriceFactor(factor));
                return optimum(evaluator.withProblem(p.withSources(priced)), how)
                        .map(e -> e.units()[index] > 0).orElse(false);
            };
            double lo;
            double hi;
            if (optimum.units()[i] > 0) {
                lo = 1;
                hi = 2;
                while (buys.test(hi)) {
                    lo = hi;
                    hi *= 2;
                    if (hi > PRICE_FACTOR_LIMIT) {
                        out.put(s.name(), Double.POSITIVE_INFINITY);
                        break;
                    }
                }
            } else {
                hi = 1;
                lo = 0.5;
                while (!buys.test(lo)) {
                    hi = lo;
                    lo /= 2;
                    if (lo < 1 / PRICE_FACTOR_LIMIT) {
                        out.put(s.name(), Double.NaN);
                        break;
                    }
                }
            }
            if (out.containsKey(s.name())) {
                continue;
            }
            for (int step = 0; step < BISECTION_STEPS; step++) {
                double mid = Math.sqrt(lo * hi);
                if (buys.test(mid)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            out.put(s.name(), lo * s.pricePerSample());
        }
        return out;
    }

    private static List<String> orderList(Problem p, Evaluation optimum) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            int units = optimum.units()[i];
            if (units == 0) {
                continue;
            }
            String what = s.kind() == SourceKind.BRAIN ? "recordings" : "labels";
            String order = s.inSessions()
                    ? String.format(Locale.ROOT, "%s: book %,d sessions of %,d samples (%,d %s)", s.name(), units,
                            s.sessionSize(), s.samples(units), what)
                    : String.format(Locale.ROOT, "%s: buy %,d %s", s.name(), units, what);
            order += String.format(Locale.ROOT, " for %,.2f %s", s.cost(units), p.currency());
            if (s.fixedCost() > 0) {
                order += String.format(Locale.ROOT, " (including the one-off %,.2f)", s.fixedCost());
            }
            orders.add(order);
        }
        if (orders.isEmpty()) {
            orders.add("buy nothing: the data already collected is the best use of this budget");
        }
        return orders;
    }
}
