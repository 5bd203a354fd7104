package org.brainbudget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.SweepParameter;

/** The output of {@code sweep}: one row per grid point, as a table, CSV or JSON. */
public final class SweepReport {

    private SweepReport() {
    }

    private static final List<String> COLUMNS = List.of("totalCost", "risk", "baselineRisk", "brainShare",
            "valueOfBrainData", "estimator");

    public static String json(List<SweepParameter> parameters, List<double[]> grid, List<String> sources,
                              List<Optional<Planner.SweepPoint>> points) {
        Map<String, Object> root = Json.object();
        root.put("parameters", parameters.stream().map(SweepParameter::name).toList());
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            Map<String, Object> row = Json.object();
            Map<String, Object> values = Json.object();
            for (int j = 0; j < parameters.size(); j++) {
                values.put(parameters.get(j).name(), grid.get(i)[j]);
            }
            row.put("values", values);
            Optional<Planner.SweepPoint> p = points.get(i);
            if (p.isEmpty()) {
                row.put("reachable", false);
            } else {
                Planner.SweepPoint point = p.get();
                Map<String, Object> samples = Json.object();
                for (int s = 0; s < sources.size(); s++) {
                    samples.put(sources.get(s), point.optimum().units()[s]);
                }
                row.put("reachable", true);
                row.put("unitsBought", samples);
                row.put("totalCost", point.optimum().cost());
                row.put("risk", Json.number(point.optimum().aggregateRisk()));
                row.put("baselineRisk", Json.number(point.baselineRisk()));
                row.put("brainShare", point.brainShare());
                row.put("valueOfBrainData", Json.number(point.valueOfBrainData()));
                row.put("estimator", point.optimum().estimator().key());
            }
            rows.add(row);
        }
        root.put("points", rows);
        return Json.write(root);
    }

    public static String csv(List<SweepParameter> parameters, List<double[]> grid, List<String> sources,
                             List<Optional<Planner.SweepPoint>> points) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        parameters.forEach(p -> header.add(p.name()));
        sources.forEach(s -> header.add("units:" + s));
        header.addAll(COLUMNS);
        sb.append(String.join(",", header.stream().map(SweepReport::csvField).toList())).append('\n');
        for (int i = 0; i < grid.size(); i++) {
            List<String> row = new ArrayList<>();
            for (double v : grid.get(i)) {
                row.add(String.valueOf(v));
            }
            Optional<Planner.SweepPoint> p = points.get(i);
            for (int s = 0; s < sources.size(); s++) {
                row.add(p.isPresent() ? String.valueOf(p.get().optimum().units()[s]) : "");
            }
            if (p.isPresent()) {
                Planner.SweepPoint x = p.get();
                row.add(String.valueOf(x.optimum().cost()));
                row.add(String.valueOf(x.optimum().aggregateRisk()));
                row.add(String.valueOf(x.baselineRisk()));
                row.add(String.valueOf(x.brainShare()));
                row.add(String.valueOf(x.valueOfBrainData()));
                row.add(x.optimum().estimator().key());
            } else {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    row.add("");
                }
            }
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public static String text(List<SweepParameter> parameters, List<double[]> grid, List<String> sources,
                              List<Optional<Planner.SweepPoint>> points, String source) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Sweep of %s over %s (%d points)%n%n", source,
                String.join(" × ", parameters.stream().map(SweepParameter::name).toList()), grid.size()));
        StringBuilder head = new StringBuilder("  ");
        parameters.forEach(p -> head.append(String.format(Locale.ROOT, "%14s", p.name())));
        sources.forEach(s -> head.append(String.format(Locale.ROOT, "%14s", abbreviate(s))));
        head.append(String.format(Locale.ROOT, "%12s %12s %12s %8s %14s%n", "cost", "risk", "task-only", "brain %", "brain value"));
        sb.append(head);
        for (int i = 0; i < grid.size(); i++) {
            sb.append("  ");
            for (double v : grid.get(i)) {
                sb.append(String.format(Locale.ROOT, "%14.5g", v));
            }
            Optional<Planner.SweepPoint> p = points.get(i);
            if (p.isEmpty()) {
                sb.append("  target risk not reachable within the budget\n");
                continue;
            }
            Planner.SweepPoint x = p.get();
            for (int s = 0; s < sources.size(); s++) {
                sb.append(String.format(Locale.ROOT, "%,14d", x.optimum().units()[s]));
            }
            sb.append(String.format(Locale.ROOT, "%,12.0f %12.5g %12.5g %7.1f%% %14s%n", x.optimum().cost(),
                    x.optimum().aggregateRisk(), x.baselineRisk(), 100 * x.brainShare(), Labels.count(x.valueOfBrainData())));
        }
        sb.append("\n  units: samples, or sessions for sources sold in sessions; brain % is the brain sources' share of the cost\n");
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 13 ? s : s.substring(0, 12) + "…";
    }
}
