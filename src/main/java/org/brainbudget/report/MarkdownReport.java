package org.brainbudget.report;

import java.util.List;
import java.util.Locale;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Problem;

/** The report's summary in Markdown: the same text and tables as the HTML file, without the charts. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ReportContent c) {
        PlanResult r = c.plan();
        Problem p = r.problem();
        StringBuilder m = new StringBuilder();
        m.append("# BrainBudget report: ").append(c.title()).append("\n\n");
        m.append(String.format(Locale.ROOT, "Problem file `%s` · objective %s · budget %s · %d scenario%s aggregated"
                        + " by %s. Charts are in the HTML report beside this file.%n%n", c.reproducibility().problemFile(),
                p.objective().key(), ReportTables.money(p.budget(), p.currency()), p.scenarios().size(),
                p.scenarios().size() == 1 ? "" : "s", p.aggregate().key()));
        m.append("## Recommendation\n\n").append(ReportTables.headline(c)).append("\n\nOrder list:\n\n");
        for (String order : r.orderList()) {
            m.append("- ").append(order).append('\n');
        }
        m.append('\n');
        for (String w : r.warnings()) {
            m.append("> **Note:** ").append(w).append("\n\n");
        }
        table(m, ReportTables.costs(r));
        table(m, ReportTables.scenarios(r));
        table(m, ReportTables.worth(c));
        table(m, ReportTables.sensitivity(c));
        m.append(String.format(Locale.ROOT, "## Validation%n%nThe exact estimators simulated at the recommended"
                + " allocation (%d replications per scenario, seed %d), beside the closed form the plan rests on."
                + " Agreement means within 5%% or 3 standard errors.%n%n", c.reproducibility().reps(),
                c.reproducibility().seed()));
        table(m, ReportTables.validation(c));
        section(m, ReportTables.assumptions(c));
        section(m, ReportTables.reproducibility(c));
        return m.toString();
    }

    /** A table that is a section of its own: its title is the section heading. */
    private static void section(StringBuilder m, ReportTables.Table t) {
        m.append("## ").append(t.title()).append("\n\n");
        rows(m, t);
    }

    private static void table(StringBuilder m, ReportTables.Table t) {
        m.append("### ").append(t.title()).append("\n\n");
        rows(m, t);
    }

    private static void rows(StringBuilder m, ReportTables.Table t) {
        row(m, t.headers());
        m.append('|').append(" --- |".repeat(t.headers().size())).append('\n');
        for (List<String> r : t.rows()) {
            row(m, r);
        }
        m.append('\n');
    }

    private static void row(StringBuilder m, List<String> cells) {
        m.append('|');
        for (String c : cells) {
            m.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        m.append('\n');
    }
}
