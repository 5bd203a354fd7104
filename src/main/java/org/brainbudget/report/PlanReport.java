package org.brainbudget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainbudget.plan.Evaluation;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Source;
import org.brainbudget.world.Estimator;

/** The output of {@code plan}: a readable summary or JSON (keys documented in docs/PROBLEM-FILE.md). */
public final class PlanReport {

    private PlanReport() {
    }

    public static String json(PlanResult r) {
        Problem p = r.problem();
        Map<String, Object> root = Json.object();
        root.put("objective", p.objective().key());
        root.put("budget", p.budget());
        root.put("currency", p.currency());
        root.put("targetRisk", Json.number(p.targetRisk()));
        root.put("allocation", allocation(p, r.optimum()));
        root.put("totalCost", r.optimum().cost());
        root.put("moneyLeft", p.budget() - r.optimum().cost());
        root.put("risk", risk(p, r.aggregateRisk(), r::scenarioRisk));
        root.put("estimator", key(r.optimum().estimator()));
        Map<String, Object> perScenario = Json.object();
        r.estimatorPerScenario().forEach((name, e) -> perScenario.put(name, key(e)));
        root.put("estimatorPerScenario", perScenario);
        if (r.baseline() != null) {
            Map<String, Object> baseline = Json.object();
            baseline.put("allocation", allocation(p, r.baseline()));
            baseline.put("totalCost", r.baseline().cost());
            baseline.put("risk", risk(p, r.baselineAggregateRisk(), r::baselineScenarioRisk));
            root.put("baseline", baseline);
            root.put("improvementOverBaseline", Json.number(improvement(r)));
        } else {
            root.put("baseline", null);
            root.put("improvementOverBaseline", null);
        }
        root.put("valueOfBrainData", Json.number(r.valueOfBrainData()));
        root.put("marginalExchangeRate", Json.number(r.marginalExchangeRate()));
        Map<String, Object> breakEven = Json.object();
        r.breakEvenBrainPrice().forEach((name, v) -> breakEven.put(name, Json.number(v)));
        root.put("breakEvenBrainPrice", breakEven);
        Map<String, Object> robustness = Json.object();
        r.robustness().forEach((name, x) -> {
            Map<String, Object> row = Json.object();
            row.put("taskOnlyOverBrainRegularized", Json.number(x.gain()));
            row.put("taskOnlyVsNoShift", Json.number(x.taskOnlyChange()));
            row.put("brainRegularizedVsNoShift", Json.number(x.brainRegularizedChange()));
            robustness.put(name, row);
        });
        root.put("robustness", robustness);
        root.put("orderList", r.orderList());
        root.put("warnings", r.warnings());
        root.put("search", r.search());
        root.put("simulatedRisk", simulated(r.simulated()));
        root.put("simulatedBaselineRisk", simulated(r.simulatedBaseline()));
        return Json.write(root);
    }

    /** Relative risk reduction (minimize-risk) or relative saving (minimize-cost) against the baseline. */
    static double improvement(PlanResult r) {
        if (r.problem().objective() == Objective.MINIMIZE_COST) {
            return 1 - r.optimum().cost() / r.baseline().cost();
        }
        return 1 - r.aggregateRisk() / r.baselineAggregateRisk();
    }

    private static String key(Estimator e) {
        return e == null ? null : e.key();
    }

    private static List<Object> allocation(Problem p, Evaluation e) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            int units = e.units()[i];
            Map<String, Object> row = Json.object();
            row.put("source", s.name());
            row.put("kind", s.kind().key());
            row.put("samples", s.samples(units));
            row.put("sessions", s.inSessions() ? units : null);
            row.put("alreadyCollected", s.alreadyCollected());
            row.put("cost", s.cost(units));
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> simulated(Map<String, PlanResult.Simulated> simulated) {
        Map<String, Object> out = Json.object();
        simulated.forEach((name, sim) -> {
            Map<String, Object> row = Json.object();
            row.put("estimator", sim.estimator().key());
            row.put("risk", Json.number(sim.mean()));
            row.put("stdError", Json.number(sim.stdError()));
            row.put("reps", sim.reps());
            row.put("approximation", Json.number(sim.surrogate()));
            row.put("reason", sim.reason());
            out.put(name, row);
        });
        return out;
    }

    private static Map<String, Object> risk(Problem p, double aggregate, java.util.function.IntToDoubleFunction perScenario) {
        Map<String, Object> risk = Json.object();
        risk.put("aggregate", Json.number(aggregate));
        risk.put("aggregation", p.aggregate().key());
        Map<String, Object> per = Json.object();
        for (int s = 0; s < p.scenarios().size(); s++) {
            per.put(p.scenarios().get(s).name(), Json.number(perScenario.applyAsDouble(s)));
        }
        risk.put("perScenario", per);
        return risk;
    }

    public static String text(PlanResult r, String source) {
        Problem p = r.problem();
        Evaluation o = r.optimum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Plan for %s (%s, budget %,.2f %s)%n%n", source, p.objective().key(),
                p.budget(), p.currency()));
        sb.append("  order list\n");
        for (String order : r.orderList()) {
            sb.append("    - ").append(order).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n  %-36s %12s %10s %14s%n", "source", "samples", "sessions", "cost"));
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            int u = o.units()[i];
            sb.append(String.format(Locale.ROOT, "  %-36s %,12d %10s %,14.2f%n", s.name() + " (" + s.kind().key() + ")",
                    s.samples(u), s.inSessions() ? String.format(Locale.ROOT, "%,d", u) : "–", s.cost(u)));
        }
        sb.append(String.format(Locale.ROOT, "  %-36s %12s %10s %,14.2f%n", "total", "", "", o.cost()));
        sb.append(String.format(Locale.ROOT, "  %-36s %12s %10s %,14.2f%n%n", "money left", "", "", p.budget() - o.cost()));
        sb.append(String.format(Locale.ROOT, "  estimator to use          %s%n", Labels.of(o.estimator())));
        sb.append(String.format(Locale.ROOT, "  predicted excess risk     %.6g (%s over %d scenario%s)%n",
                r.aggregateRisk(), p.aggregate().key(), p.scenarios().size(), p.scenarios().size() == 1 ? "" : "s"));
        for (int s = 0; s < p.scenarios().size(); s++) {
            String name = p.scenarios().get(s).name();
            Estimator best = r.estimatorPerScenario().get(name);
            PlanResult.Simulated sim = r.simulated().get(name);
            sb.append(String.format(Locale.ROOT, "    %-22s %.6g   (%s)%n", name, r.scenarioRisk(s),
                    sim != null ? String.format(Locale.ROOT, "simulated: ± %.2g, %d replications", sim.stdError(),
                            sim.reps())
                            : "best estimator here: " + (best == null ? "none" : Labels.of(best))));
        }
        if (p.scenarios().stream().anyMatch(sc -> !sc.shift().isNone())) {
            r.robustness().forEach((name, x) -> sb.append(String.format(Locale.ROOT,
                    "    robustness in %-12s task-only/brain-regularized %.3g; against no shift task-only ×%.3g,"
                            + " brain-regularized ×%.3g%n", name, x.gain(), x.taskOnlyChange(), x.brainRegularizedChange())));
        }
        if (r.baseline() != null) {
            sb.append(String.format(Locale.ROOT, "  task-only baseline        risk %.6g at %,.2f %s; the plan %s by %.1f%%%n",
                    r.baselineAggregateRisk(), r.baseline().cost(), p.currency(),
                    p.objective() == Objective.MINIMIZE_COST ? "lowers the cost" : "lowers the risk",
                    100 * improvement(r)));
        } else {
            sb.append("  task-only baseline        cannot reach the target within the budget\n");
        }
        sb.append(String.format(Locale.ROOT, "  value of the brain data   %s samples of %s%n", Labels.count(r.valueOfBrainData()),
                p.taskSources().get(0).name()));
        sb.append(String.format(Locale.ROOT, "  marginal exchange rate    %s labels per brain sample%n", Labels.rate(r.marginalExchangeRate())));
        r.breakEvenBrainPrice().forEach((name, v) -> sb.append(String.format(Locale.ROOT,
                "  break-even price          %s: %s%n", name,
                Double.isInfinite(v) ? "above 16 times its price (still bought there)"
                        : Double.isNaN(v) ? "below 1/16 of its price (not bought there either)"
                        : String.format(Locale.ROOT, "%,.4g %s per sample", v, p.currency()))));
        for (String w : r.warnings()) {
            sb.append("\n  note: ").append(w);
        }
        sb.append(String.format(Locale.ROOT, "%n  search: %s%n", r.search()));
        return sb.toString();
    }
}
