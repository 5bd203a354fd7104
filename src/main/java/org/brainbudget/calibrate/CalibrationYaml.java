package org.brainbudget.calibrate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A calibration as problem-file YAML: a {@code world:} section with a comment on every field saying how it was
 * estimated (a report's assumptions table quotes them), and a {@code scenarios:} block spanning the intervals.
 */
public final class CalibrationYaml {

    private CalibrationYaml() {
    }

    public static String write(Calibration c, String pilot, String toolVersion) {
        Calibrator.Estimate e = c.point();
        String level = percent(c.level());
        StringBuilder y = new StringBuilder();
        y.append(String.format(Locale.ROOT, "# World calibrated from the pilot in %s (%s; %d parametric bootstrap"
                + " pilots, seed %d; %s intervals).%n", pilot, toolVersion, c.resamples(), c.seed(), level));
        y.append("world:\n");
        field(y, "inputDim", String.valueOf(e.inputDim()), String.format(Locale.ROOT,
                "d: the %d feature columns of stimuli.csv", e.inputDim()));
        field(y, "latentDim", String.valueOf(e.latentDim()), String.format(Locale.ROOT,
                "k: %d eigenvalues of the stage-1 spectrum above the 99%% noise floor; selected in %s of bootstrap"
                        + " pilots (%s interval %s–%s)", e.latentDim(),
                percent((double) c.rankCounts()[e.latentDim()] / c.resamples()), level,
                number(c.latentDim().low()), number(c.latentDim().high())));
        field(y, "channels", String.valueOf(e.channels()), String.format(Locale.ROOT,
                "p: the %d columns of recordings.csv", e.channels()));
        field(y, "taskSignal", number(e.taskSignal()), "S: " + interval(c.taskSignal(), level)
                + String.format(Locale.ROOT, ", OLS on the %d rows of task.csv", e.taskRows()));
        field(y, "taskNoise", number(e.taskNoise()), "label noise: " + interval(c.taskNoise(), level)
                + ", residual variance of that fit");
        field(y, "misalignment", number(e.misalignment()), "m: " + interval(c.misalignment(), level)
                + String.format(Locale.ROOT, "; the pilot's own brain subspace (from %d brain rows) misses %s of the"
                        + " task signal, the rest of that is estimation error of the subspace", e.brainRows(),
                number(e.pilotMisalignment())));
        field(y, "misalignedDim", "1", "t: a pilot cannot resolve it; 1, the default");
        field(y, "neuralSnr", list(e.neuralSnr()), "SNR per latent: " + c.neuralSnr().stream()
                .map(i -> interval(i, level)).collect(Collectors.joining("; ")) + ", from the spikes of the"
                + " stage-1 spectrum");
        y.append("\n# The pilot's uncertainty as scenarios: the brain data is worth least with high misalignment and\n"
                + "# low SNR, most with the opposite; both ends of the " + level + " intervals.\n");
        y.append("scenarios:\n");
        y.append("  - name: pilot estimate\n    weight: 0.5\n");
        y.append("  - name: pessimistic pilot\n    weight: 0.25\n    world: {misalignment: ")
                .append(number(c.misalignment().high())).append(", neuralSnr: ")
                .append(list(c.neuralSnr().stream().mapToDouble(Calibration.Interval::low).toArray())).append("}\n");
        y.append("  - name: optimistic pilot\n    weight: 0.25\n    world: {misalignment: ")
                .append(number(c.misalignment().low())).append(", neuralSnr: ")
                .append(list(c.neuralSnr().stream().mapToDouble(Calibration.Interval::high).toArray())).append("}\n");
        return y.toString();
    }

    private static void field(StringBuilder y, String name, String value, String note) {
        y.append("  # ").append(note).append('\n').append("  ").append(name).append(": ").append(value).append('\n');
    }

    private static String interval(Calibration.Interval i, String level) {
        return String.format(Locale.ROOT, "%s (%s interval %s–%s)", number(i.estimate()), level, number(i.low()),
                number(i.high()));
    }

    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String list(double[] values) {
        List<String> parts = java.util.Arrays.stream(values).mapToObj(CalibrationYaml::number).toList();
        return "[" + String.join(", ", parts) + "]";
    }

    private static String percent(double v) {
        return new java.math.BigDecimal(100 * v).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
