package org.brainbudget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.WhatIf;

/** Output of {@code frontier} and {@code sensitivity}, as a table or JSON. */
public final class WhatIfReport {

    private WhatIfReport() {
    }

    public static String frontierJson(WhatIf.Frontier f) {
        Map<String, Object> root = Json.object();
        List<Object> points = new ArrayList<>();
        for (WhatIf.FrontierPoint p : f.points()) {
            Map<String, Object> row = Json.object();
            row.put("budget", p.budget());
            row.put("optimalRisk", Json.number(p.optimalRisk()));
            row.put("taskOnlyRisk", Json.number(p.taskOnlyRisk()));
            row.put("brainHeavyRisk", Json.number(p.brainHeavyRisk()));
            row.put("brainShare", Json.number(p.brainShare()));
            points.add(row);
        }
        root.put("points", points);
        root.put("brainStartsToPayAtBudget", Json.number(f.brainStartsToPay()));
        return Json.write(root);
    }

    public static String frontierText(WhatIf.Frontier f, Problem p, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Budget frontier for %s%n%n  %14s %14s %14s %14s %9s%n", source,
                "budget (" + p.currency() + ")", "optimal mix", "task-only", "brain-heavy", "brain %"));
        for (WhatIf.FrontierPoint x : f.points()) {
            sb.append(String.format(Locale.ROOT, "  %,14.0f %14.5g %14.5g %14.5g %8.1f%%%n", x.budget(), x.optimalRisk(),
                    x.taskOnlyRisk(), x.brainHeavyRisk(), 100 * x.brainShare()));
        }
        sb.append(Double.isNaN(f.brainStartsToPay())
                ? "\n  brain data does not pay at any budget on this range\n"
                : String.format(Locale.ROOT, "%n  brain data starts to pay at a budget of about %,.0f %s%n",
                        f.brainStartsToPay(), p.currency()));
        sb.append("  brain-heavy: three quarters of the budget on the first brain source, the rest on the first task source\n");
        return sb.toString();
    }

    public static String sensitivityJson(List<WhatIf.Sensitivity> rows, List<String> sources) {
        Map<String, Object> root = Json.object();
        List<Object> out = new ArrayList<>();
        for (WhatIf.Sensitivity s : rows) {
            Map<String, Object> row = Json.object();
            row.put("parameter", s.parameter());
            row.put("factor", s.factor());
            Map<String, Object> units = Json.object();
            for (int i = 0; i < sources.size(); i++) {
                units.put(sources.get(i), s.units()[i]);
            }
            row.put("unitsBought", units);
            row.put("risk", Json.number(s.risk()));
            row.put("currentPlanRisk", Json.number(s.currentPlanRisk()));
            row.put("regret", Json.number(s.regret()));
            out.add(row);
        }
        root.put("rows", out);
        return Json.write(root);
    }

    public static String sensitivityText(List<WhatIf.Sensitivity> rows, List<String> sources, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Sensitivity of the recommendation for %s%n%n  %-26s %7s", source,
                "parameter", "factor"));
        for (String s : sources) {
            sb.append(String.format(Locale.ROOT, " %12s", s.length() <= 12 ? s : s.substring(0, 11) + "…"));
        }
        sb.append(String.format(Locale.ROOT, " %12s %12s %12s%n", "risk", "current plan", "regret"));
        for (WhatIf.Sensitivity s : rows) {
            sb.append(String.format(Locale.ROOT, "  %-26s %7.2f", s.parameter(), s.factor()));
            for (int u : s.units()) {
                sb.append(String.format(Locale.ROOT, " %,12d", u));
            }
            sb.append(String.format(Locale.ROOT, " %12.5g %12.5g %12.3g%n", s.risk(), s.currentPlanRisk(), s.regret()));
        }
        sb.append("\n  units: samples, or sessions for sources sold in sessions; regret: extra risk of keeping the current plan\n");
        return sb.toString();
    }
}
