package org.brainbudget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brainbudget.plan.Evaluation;
import org.brainbudget.plan.Objective;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.Scenario;
import org.brainbudget.plan.Source;
import org.brainbudget.plan.SourceKind;
import org.brainbudget.plan.WhatIf;
import org.brainbudget.validation.Agreement;
import org.brainbudget.world.Estimator;

/** The report's text and tables, shared by the HTML and Markdown renderings so that both say the same. */
final class ReportTables {

    /** A table with a title, column headers and rows of already formatted cells. */
    record Table(String title, List<String> headers, List<List<String>> rows) {
    }

    private ReportTables() {
    }

    static String money(double v, String currency) {
        return String.format(Locale.ROOT, "%,.2f %s", v, currency);
    }

    static String risk(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }

    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "n/a";
    }

    /** One sentence: what to buy, which estimator, what it achieves against the task-only baseline. */
    static String headline(ReportContent c) {
        PlanResult r = c.plan();
        Problem p = r.problem();
        Evaluation o = r.optimum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Spend %s of the %s budget; fit the %s estimator; predicted excess test risk %s (%s over %d scenario%s)",
                money(o.cost(), p.currency()), money(p.budget(), p.currency()), Labels.of(o.estimator()),
                risk(r.aggregateRisk()), p.aggregate().key(), p.scenarios().size(),
                p.scenarios().size() == 1 ? "" : "s"));
        if (r.baseline() != null) {
            sb.append(String.format(Locale.ROOT, ", against %s for the best plan with task labels only (%s %s).",
                    risk(r.baselineAggregateRisk()),
                    p.objective() == Objective.MINIMIZE_COST ? "saving" : "a reduction of",
                    percent(PlanReport.improvement(r))));
        } else {
            sb.append("; task labels alone cannot reach the target within the budget.");
        }
        return sb.toString();
    }

    static Table costs(PlanResult r) {
        Problem p = r.problem();
        Evaluation o = r.optimum();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            int u = o.units()[i];
            rows.add(List.of(s.name(), s.kind().key(), money(s.pricePerSample(), p.currency()) + " per sample"
                            + (s.inSessions() ? String.format(Locale.ROOT, " (%,d per session)", s.sessionSize()) : "")
                            + (s.fixedCost() > 0 ? " + " + money(s.fixedCost(), p.currency()) + " once" : ""),
                    String.format(Locale.ROOT, "%,d", s.samples(u)), s.inSessions() ? String.format(Locale.ROOT, "%,d", u) : "–",
                    String.format(Locale.ROOT, "%,d", s.alreadyCollected()), money(s.cost(u), p.currency()),
                    percent(s.cost(u) / p.budget())));
        }
        rows.add(List.of("total", "", "", "", "", "", money(o.cost(), p.currency()), percent(o.cost() / p.budget())));
        rows.add(List.of("money left", "", "", "", "", "", money(p.budget() - o.cost(), p.currency()),
                percent(1 - o.cost() / p.budget())));
        return new Table("Cost breakdown", List.of("source", "kind", "price", "samples bought", "sessions",
                "already held", "cost", "share of budget"), rows);
    }

    static Table scenarios(PlanResult r) {
        Problem p = r.problem();
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < p.scenarios().size(); s++) {
            Scenario sc = p.scenarios().get(s);
            Estimator best = r.estimatorPerScenario().get(sc.name());
            double base = r.baseline() == null ? Double.NaN : r.baselineScenarioRisk(s);
            double planRisk = r.scenarioRisk(s);
            rows.add(List.of(sc.name(), Charts.exact(sc.weight()), sc.shift().isNone() ? "none" : "shifted",
                    risk(planRisk) + (r.simulated().containsKey(sc.name()) ? " (simulated)" : ""),
                    best == null ? "none" : Labels.of(best), risk(base),
                    Double.isFinite(base) ? percent(1 - planRisk / base) : "n/a"));
        }
        rows.add(List.of("aggregate (" + p.aggregate().key() + ")", "", "", risk(r.aggregateRisk()), "",
                r.baseline() == null ? "n/a" : risk(r.baselineAggregateRisk()),
                r.baseline() == null ? "n/a" : percent(1 - r.aggregateRisk() / r.baselineAggregateRisk())));
        return new Table("Risk per scenario", List.of("scenario", "weight", "distribution shift",
                "recommended plan (" + Labels.of(r.optimum().estimator()) + ")", "best estimator there",
                "task-only baseline", "risk reduction"), rows);
    }

    static Table worth(ReportContent c) {
        PlanResult r = c.plan();
        Problem p = r.problem();
        String labels = p.taskSources().get(0).name();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("value of the brain data", Labels.count(r.valueOfBrainData()) + " samples of " + labels,
                "labels that would give task-only the risk the brain data gives"));
        rows.add(List.of("marginal exchange rate", Labels.rate(r.marginalExchangeRate()) + " labels per brain sample",
                "what one more brain sample is worth at the recommendation"));
        long brainSamples = 0;
        for (int i = 0; i < p.sources().size(); i++) {
            Source s = p.sources().get(i);
            if (s.kind() == SourceKind.BRAIN) {
                brainSamples += s.samples(r.optimum().units()[i]) + s.alreadyCollected();
            }
        }
        rows.add(List.of("average exchange rate", Labels.rate(brainSamples > 0 ? r.valueOfBrainData() / brainSamples
                : Double.NaN) + " labels per brain sample", "the brain data's worth over its sample count"));
        r.breakEvenBrainPrice().forEach((name, v) -> rows.add(List.of("break-even price of " + name,
                Double.isInfinite(v) ? "above 16 × its price" : Double.isNaN(v) ? "below 1/16 of its price"
                        : money(v, p.currency()) + " per sample",
                "the highest price per sample at which the optimum still buys it")));
        if (Double.isFinite(c.frontier().brainStartsToPay())) {
            rows.add(List.of("budget where brain data starts to pay", money(c.frontier().brainStartsToPay(), p.currency()),
                    "below it the optimum buys task labels only"));
        }
        if (p.scenarios().stream().anyMatch(sc -> !sc.shift().isNone())) {
            r.robustness().forEach((name, x) -> rows.add(List.of("robustness in " + name,
                    String.format(Locale.ROOT, "task-only / brain-regularized = %.3g", x.gain()),
                    String.format(Locale.ROOT, "against no shift: task-only ×%.3g, brain-regularized ×%.3g",
                            x.taskOnlyChange(), x.brainRegularizedChange()))));
        }
        return new Table("What the brain data is worth", List.of("quantity", "value", "meaning"), rows);
    }

    static Table sensitivity(ReportContent c) {
        Problem p = c.plan().problem();
        List<List<String>> rows = new ArrayList<>();
        for (WhatIf.Sensitivity s : c.sensitivity()) {
            List<String> allocation = new ArrayList<>();
            for (int i = 0; i < p.sources().size(); i++) {
                allocation.add(String.format(Locale.ROOT, "%s %,d", p.sources().get(i).name(),
                        p.sources().get(i).samples(s.units()[i])));
            }
            rows.add(List.of(s.parameter(), "× " + Charts.format(s.factor()), risk(s.currentPlanRisk()),
                    String.join(", ", allocation), risk(s.risk()), risk(s.regret())));
        }
        return new Table("Sensitivity", List.of("parameter", "moved by", "risk of the recommended plan",
                "re-planned allocation (samples)", "re-planned risk", "regret of keeping the plan"), rows);
    }

    static Table validation(ReportContent c) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.Check k : c.validation()) {
            String simulated = k.simulated() == null ? "n/a" : String.format(Locale.ROOT, "%.4g ± %.2g",
                    k.simulated().mean(), k.simulated().stdError());
            String z = k.simulated() != null && Double.isFinite(k.predicted())
                    ? String.format(Locale.ROOT, "%+.2f", k.simulated().zScore(k.predicted())) : "";
            String verdict = k.simulated() == null ? "not simulated"
                    : !Double.isFinite(k.predicted()) ? "no closed form here: simulation only"
                    : Agreement.agrees(k.predicted(), k.simulated()) ? "agrees" : "DISAGREES";
            String m = k.simulatedMisalignment() == null ? "–" : String.format(Locale.ROOT, "%.4g / %.4g ± %.2g",
                    k.predictedMisalignment(), k.simulatedMisalignment().mean(), k.simulatedMisalignment().stdError());
            rows.add(List.of(k.scenario(), Labels.of(k.estimator()), risk(k.predicted()), simulated, z, verdict, m,
                    k.regime()));
        }
        return new Table("Monte Carlo at the recommended allocation", List.of("scenario", "estimator",
                "predicted risk", "simulated risk ± s.e.", "z", "verdict", "m̂ predicted / simulated",
                "subspace regime"), rows);
    }

    static Table assumptions(ReportContent c) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.Assumption a : c.assumptions()) {
            rows.add(List.of(a.field() + " (" + a.symbol() + ")", a.meaning(), a.value(),
                    a.scenarioValues().isEmpty() ? "as the file's world" : a.scenarioValues(), a.source()));
        }
        return new Table("Assumptions", List.of("parameter", "meaning", "value", "per scenario",
                "where it came from (the problem file's note)"), rows);
    }

    static Table reproducibility(ReportContent c) {
        ReportContent.Reproducibility x = c.reproducibility();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tool version", x.toolVersion()));
        rows.add(List.of("report format", String.valueOf(x.reportFormat())));
        rows.add(List.of("problem file", x.problemFile()));
        rows.add(List.of("problem file SHA-256", x.problemSha256()));
        rows.add(List.of("plan JSON SHA-256", x.planSha256()));
        rows.add(List.of("seed", String.valueOf(x.seed())));
        rows.add(List.of("Monte Carlo replications per scenario", String.valueOf(x.reps())));
        rows.add(List.of("search", c.plan().search()));
        rows.add(List.of("command", x.command()));
        return new Table("Reproducibility", List.of("item", "value"), rows);
    }
}
