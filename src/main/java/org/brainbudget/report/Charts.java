package org.brainbudget.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brainbudget.plan.BudgetLine;
import org.brainbudget.plan.RegimeMap;
import org.brainbudget.plan.WhatIf;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn by XChart and encoded as PNG (no window: AWT runs headless). */
final class Charts {

    static final int WIDTH = 880;
    static final int HEIGHT = 480;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color OPTIMAL = new Color(0x1b, 0x5e, 0x20);
    private static final Color TASK_ONLY = new Color(0x88, 0x88, 0x88);
    private static final Color BRAIN_HEAVY = new Color(0x6a, 0x1b, 0x9a);
    private static final Color MARK = new Color(0xc6, 0x28, 0x28);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Risk of the optimal mix, task-only and a brain-heavy split, against the budget. */
    static byte[] frontier(WhatIf.Frontier frontier, double budget, String currency) {
        XYChart chart = xy("Budget frontier", "budget (" + currency + ")", "predicted excess test risk");
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%,.0f", v));
        List<Double> budgets = new ArrayList<>();
        List<Double> optimal = new ArrayList<>();
        List<Double> taskOnly = new ArrayList<>();
        List<Double> heavy = new ArrayList<>();
        for (WhatIf.FrontierPoint p : frontier.points()) {
            budgets.add(p.budget());
            optimal.add(finiteOrNull(p.optimalRisk()));
            taskOnly.add(finiteOrNull(p.taskOnlyRisk()));
            heavy.add(finiteOrNull(p.brainHeavyRisk()));
        }
        line(chart, "optimal mix", budgets, optimal, OPTIMAL);
        line(chart, "task labels only", budgets, taskOnly, TASK_ONLY);
        line(chart, "75% of budget on brain data", budgets, heavy, BRAIN_HEAVY);
        chart.addAnnotation(new AnnotationLine(budget, true, false));
        return png(chart);
    }

    /** Risk as the brain purchase grows along the budget line, with the recommendation marked. */
    static byte[] budgetLine(BudgetLine line) {
        XYChart chart = xy("Risk along the budget line", "brain samples n_B (" + line.brainSource()
                + "; the rest buys " + line.taskSource() + ")", "predicted excess test risk");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (BudgetLine.Point p : line.points()) {
            x.add((double) p.brainSamples());
            y.add(finiteOrNull(p.risk()));
        }
        line(chart, "risk at this split", x, y, OPTIMAL);
        if (line.optimum() != null) {
            XYSeries mark = chart.addSeries("recommended: n_B = " + String.format(Locale.ROOT, "%,d",
                    line.optimum().brainSamples()), new double[] {line.optimum().brainSamples()},
                    new double[] {line.optimum().risk()});
            mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            mark.setMarker(SeriesMarkers.DIAMOND);
            mark.setMarkerColor(MARK);
        }
        return png(chart);
    }

    /** Marginal and average exchange rate (labels per brain sample) along the budget line. */
    static byte[] exchangeRate(BudgetLine line) {
        XYChart chart = xy("Exchange rate", "brain samples n_B (" + line.brainSource() + ")",
                "labels of " + line.taskSource() + " per brain sample");
        List<Double> x = new ArrayList<>();
        List<Double> marginal = new ArrayList<>();
        List<Double> average = new ArrayList<>();
        for (BudgetLine.Point p : line.points()) {
            if (p.brainSamples() > 0) {
                x.add((double) p.brainSamples());
                marginal.add(finiteOrNull(p.marginalRate()));
                average.add(finiteOrNull(p.averageRate()));
            }
        }
        line(chart, "marginal (one more brain sample)", x, marginal, OPTIMAL);
        line(chart, "average (all brain data)", x, average, BRAIN_HEAVY);
        if (line.optimum() != null && line.optimum().brainSamples() > 0) {
            chart.addAnnotation(new AnnotationLine(line.optimum().brainSamples(), true, false));
        }
        return png(chart);
    }

    /**
     * Share of the spending that goes to brain data at the optimum, over brain price (relative to the file's) and
     * misalignment.
     */
    static byte[] regimeMap(RegimeMap map, String brainSource) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Where brain data pays: % of spending on brain data at the optimum")
                .xAxisTitle(brainSource + " price per sample (× the file's price)")
                .yAxisTitle("misalignment m (every scenario)").build();
        style(chart.getStyler());
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(TICKS);
        chart.getStyler().setHeatMapValueDecimalPattern("0");
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(100);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xf5, 0xf5, 0xf5), new Color(0x81, 0xc7, 0x84),
                OPTIMAL});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> prices = map.priceFactors().stream().map(f -> format(f) + "×").toList();
        List<String> misalignments = map.misalignments().stream()
                .map(m -> String.format(Locale.ROOT, "%.2f", m)).toList();
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            for (int j = 0; j < misalignments.size(); j++) {
                double share = map.brainShare()[i][j];
                cells.add(new Number[] {i, j, Double.isFinite(share) ? 100 * share : 0});
            }
        }
        chart.addSeries("brain share", prices, misalignments, cells);
        return png(chart);
    }

    /**
     * Tornado: the recommended plan's predicted risk when one uncertain parameter moves down or up, one bar per
     * parameter, widest swing on top.
     */
    static byte[] tornado(List<TornadoBar> bars, double baseRisk, double range) {
        String percent = String.format(Locale.ROOT, "%.0f%%", 100 * range);
        XYChart chart = xy("Sensitivity of the recommended plan (parameters moved ±" + percent + ")",
                "predicted excess test risk of the recommended plan", "");
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts::format);
        int n = bars.size();
        chart.getStyler().setYAxisMin(-1.0);
        chart.getStyler().setYAxisMax((double) n);
        chart.getStyler().setYAxisTickMarkSpacingHint(20);
        // XChart keeps only tick spacings whose labels are all different: ticks between bars get distinct blanks.
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> {
            long i = Math.round(y);
            return Math.abs(y - i) < 1e-6 && i >= 0 && i < n ? bars.get(n - 1 - (int) i).parameter()
                    : " ".repeat(1 + (int) Math.round(Math.abs(y + 1) * 8));
        });
        BasicStroke thick = new BasicStroke(18f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        boolean lowShown = false;
        boolean highShown = false;
        for (int i = 0; i < n; i++) {
            TornadoBar bar = bars.get(i);
            double y = n - 1 - i;
            XYSeries low = chart.addSeries(lowShown ? "low " + i : "parameter × " + format(1 - range),
                    new double[] {baseRisk, bar.low()}, new double[] {y, y});
            XYSeries high = chart.addSeries(highShown ? "high " + i : "parameter × " + format(1 + range),
                    new double[] {baseRisk, bar.high()}, new double[] {y, y});
            for (XYSeries s : List.of(low, high)) {
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(thick);
            }
            low.setLineColor(new Color(0x42, 0x7a, 0xc8));
            high.setLineColor(new Color(0xef, 0x8a, 0x3a));
            low.setShowInLegend(!lowShown);
            high.setShowInLegend(!highShown);
            lowShown = true;
            highShown = true;
        }
        chart.addAnnotation(new AnnotationLine(baseRisk, true, false));
        return png(chart);
    }

    /** One bar of the tornado: the plan's risk with the parameter moved down and up. */
    record TornadoBar(String parameter, double low, double high) {
    }

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        // XChart's own labels for small values can run to fifteen digits.
        chart.getStyler().setyAxisTickLabelsFormattingFunction(Charts::format);
        // Below the plot, the legend can never hide a line or a label.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(TITLE);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(TICKS);
        s.setLegendBorderColor(new Color(0xcc, 0xcc, 0xcc));
        s.setPlotGridLinesColor(new Color(0xe0, 0xe0, 0xe0));
        s.setAntiAlias(true);
    }

    /** A line through the points whose value is defined; nothing when none is. */
    private static void line(XYChart chart, String name, List<Double> x, List<Double> y, Color color) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (y.get(i) != null) {
                xs.add(x.get(i));
                ys.add(y.get(i));
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineStyle(new BasicStroke(2.5f));
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A number as written in a problem file: its shortest exact decimal form. */
    static String exact(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A number for a label: up to three significant digits, no trailing zeros. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart", e);
        }
    }
}
