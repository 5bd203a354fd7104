package org.brainbudget.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.WhatIf;

/**
 * The report as one self-contained HTML file: styles inline, charts as PNG data URIs, no scripts, no fonts or
 * anything else fetched, so that it opens offline and prints as it shows.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; max-width: 960px; margin: 2em auto;
                   padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.8em; }
            .subtitle { color: #555; margin-top: 0; }
            .headline { background: #eef6ee; border-left: 4px solid #1b5e20; padding: 0.7em 1em; }
            .warning { background: #fff4e5; border-left: 4px solid #e65100; padding: 0.5em 1em; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #d0d0d0; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            figure { margin: 1em 0 1.6em; page-break-inside: avoid; break-inside: avoid; }
            figure img { width: 100%; max-width: 880px; height: auto; border: 1px solid #e0e0e0; }
            figcaption { font-size: 0.88em; color: #444; }
            code { font-size: 0.92em; word-break: break-all; }
            @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; }
                           table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
            """;

    private HtmlReport() {
    }

    public static String render(ReportContent c) {
        PlanResult r = c.plan();
        Problem p = r.problem();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>BrainBudget report: ").append(escapeHtml4(c.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>BrainBudget report: ").append(escapeHtml4(c.title())).append("</h1>\n");
        h.append("<p class=\"subtitle\">").append(escapeHtml4(String.format(Locale.ROOT,
                "Problem file %s · objective %s · budget %s · %d scenario%s aggregated by %s",
                c.reproducibility().problemFile(), p.objective().key(), ReportTables.money(p.budget(), p.currency()),
                p.scenarios().size(), p.scenarios().size() == 1 ? "" : "s", p.aggregate().key()))).append("</p>\n");

        h.append("<h2>Recommendation</h2>\n<p class=\"headline\">").append(escapeHtml4(ReportTables.headline(c)))
                .append("</p>\n<p>Order list:</p>\n<ul>\n");
        for (String order : r.orderList()) {
            h.append("<li>").append(escapeHtml4(order)).append("</li>\n");
        }
        h.append("</ul>\n");
        for (String w : r.warnings()) {
            h.append("<p class=\"warning\">").append(escapeHtml4(w)).append("</p>\n");
        }
        table(h, ReportTables.costs(r));
        table(h, ReportTables.scenarios(r));
        table(h, ReportTables.worth(c));

        h.append("<h2>Charts</h2>\n");
        figure(h, "frontier", Charts.frontier(c.frontier(), p.budget(), p.currency()),
                "Predicted risk of the best plan at each budget, beside the best task-only plan and a plan that puts"
                        + " three quarters of the budget into brain data. The vertical line marks this problem's budget.");
        if (c.budgetLine() != null) {
            figure(h, "budget-line", Charts.budgetLine(c.budgetLine()),
                    "Moving money between " + c.budgetLine().brainSource() + " and " + c.budgetLine().taskSource()
                            + " with every other purchase as recommended; the diamond is the recommendation.");
            figure(h, "exchange-rate", Charts.exchangeRate(c.budgetLine()),
                    "Labels of " + c.budgetLine().taskSource() + " one more brain sample is worth (marginal) and"
                            + " that the brain data is worth per sample (average), along the same line"
                            + (c.budgetLine().optimum().brainSamples() > 0
                            ? "; the vertical line marks the recommendation." : "."));
        }
        if (c.regimeMap() != null) {
            figure(h, "regime-map", Charts.regimeMap(c.regimeMap(), c.regimeMap().brainSource()),
                    "Share of the spending the optimum puts into brain data when the brain price and the"
                            + " misalignment differ from the file's; 0 means task labels only.");
        }
        figure(h, "tornado", Charts.tornado(tornadoBars(c), r.optimum().aggregateRisk(), c.sensitivityRange()),
                "Predicted risk of the recommended plan (its spending per source kept) when one parameter is"
                        + " lower or higher than assumed; the vertical line is the risk as planned.");
        table(h, ReportTables.sensitivity(c));

        h.append("<h2>Validation</h2>\n<p>").append(escapeHtml4(String.format(Locale.ROOT,
                "The exact estimators simulated at the recommended allocation (%d replications per scenario, seed %d),"
                        + " beside the closed form the plan rests on. Agreement means within 5%% or 3 standard errors.",
                c.reproducibility().reps(), c.reproducibility().seed()))).append("</p>\n");
        table(h, ReportTables.validation(c));
        section(h, ReportTables.assumptions(c));
        section(h, ReportTables.reproducibility(c));
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** One bar per parameter: the plan's risk at the low and high factor, widest swing first. */
    static List<Charts.TornadoBar> tornadoBars(ReportContent c) {
        Map<String, double[]> ends = new LinkedHashMap<>();
        for (WhatIf.Sensitivity s : c.sensitivity()) {
            double[] e = ends.computeIfAbsent(s.parameter(), k -> new double[] {Double.NaN, Double.NaN});
            if (s.factor() < 1) {
                e[0] = s.currentPlanRisk();
            } else if (s.factor() > 1) {
                e[1] = s.currentPlanRisk();
            }
        }
        List<Charts.TornadoBar> bars = new ArrayList<>();
        ends.forEach((name, e) -> bars.add(new Charts.TornadoBar(name, e[0], e[1])));
        bars.sort(Comparator.comparingDouble((Charts.TornadoBar b) -> -Math.abs(b.high() - b.low())));
        return bars;
    }

    /** A table that is a section of its own: its title is the section heading. */
    private static void section(StringBuilder h, ReportTables.Table t) {
        h.append("<h2>").append(escapeHtml4(t.title())).append("</h2>\n");
        rows(h, t);
    }

    private static void table(StringBuilder h, ReportTables.Table t) {
        h.append("<h3>").append(escapeHtml4(t.title())).append("</h3>\n");
        rows(h, t);
    }

    private static void rows(StringBuilder h, ReportTables.Table t) {
        h.append("<table>\n<thead><tr>");
        for (String header : t.headers()) {
            h.append("<th>").append(escapeHtml4(header)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(escapeHtml4(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void figure(StringBuilder h, String id, byte[] png, String caption) {
        h.append("<figure id=\"").append(id).append("\">\n<img class=\"chart\" alt=\"").append(escapeHtml4(caption))
                .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\">\n<figcaption>").append(escapeHtml4(caption)).append("</figcaption>\n</figure>\n");
    }
}
