package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brainbudget.io.InputException;

/**
 * One varied parameter of a what-if sweep, written NAME=FROM:TO:STEPS: the budget, a world parameter (set in the
 * base world and every scenario), the size of every scenario's distribution shift ({@code shiftSize}: multipliers
 * raised to this power, 0 = no shift, 1 = as written) or the price per sample of a source ({@code price.NAME}).
 *
 * @param name  as written
 * @param from  first value
 * @param to    last value
 * @param steps number of values, evenly spaced (at least 1; 1 means {@code from} only)
 */
public record SweepParameter(String name, double from, double to, int steps) {

    public static final List<String> NAMES = List.of("budget", "misalignment", "neuralSnr", "taskNoise", "latentDim",
            "shiftSize", "price.SOURCE");

    /** Parses NAME=FROM:TO:STEPS, with messages naming the option. */
    public static SweepParameter parse(String text) {
        String[] parts = text.split("=", 2);
        String[] range = parts.length == 2 ? parts[1].split(":") : new String[0];
        if (range.length != 3) {
            throw new InputException("--vary " + text + ": expected NAME=FROM:TO:STEPS, for example budget=10000:200000:20");
        }
        String name = parts[0].trim();
        if (!NAMES.contains(name) && !name.startsWith("price.")) {
            throw new InputException("--vary " + text + ": unknown parameter '" + name + "'; one of "
                    + String.join(", ", NAMES));
        }
        try {
            double from = Double.parseDouble(range[0]);
            double to = Double.parseDouble(range[1]);
            int steps = Integer.parseInt(range[2]);
            if (steps < 1 || !Double.isFinite(from) || !Double.isFinite(to)) {
                throw new InputException("--vary " + text + ": FROM and TO must be finite numbers and STEPS >= 1");
            }
            return new SweepParameter(name, from, to, steps);
        } catch (NumberFormatException e) {
            throw new InputException("--vary " + text + ": FROM, TO and STEPS must be numbers (" + e.getMessage() + ")");
        }
    }

    public List<Double> values() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            out.add(steps == 1 ? from : from + (to - from) * i / (steps - 1));
        }
        return out;
    }

    /** The problem with this parameter set to {@code value}; invalid values are input errors naming the option. */
    public Problem apply(Problem p, double value) {
        try {
            return switch (name) {
                case "budget" -> {
                    if (!(value > 0)) {
                        throw new IllegalArgumentException("the budget must be > 0");
                    }
                    yield p.withBudget(value);
                }
                case "misalignment" -> p.withWorlds(w -> w.withMisalignment(value));
                case "neuralSnr" -> p.withWorlds(w -> w.withUniformSnr(value));
                case "taskNoise" -> p.withWorlds(w -> w.withTaskNoise(value));
                case "latentDim" -> {
                    if (value != Math.rint(value)) {
                        throw new IllegalArgumentException("latentDim must be a whole number");
                    }
                    yield p.withWorlds(w -> w.withLatentDim((int) value));
                }
                case "shiftSize" -> {
                    if (!(value >= 0)) {
                        throw new IllegalArgumentException("shiftSize must be >= 0");
                    }
                    yield p.withScenarios(p.scenarios().stream().map(s -> new Scenario(s.name(), s.weight(),
                            s.world(), s.shift().scaled(value))).toList());
                }
                default -> withPrice(p, name.substring("price.".length()), value);
            };
        } catch (IllegalArgumentException e) {
            throw new InputException(String.format(Locale.ROOT, "--vary %s: %s is not a valid value (%s)", name,
                    value, e.getMessage()), e);
        }
    }

    private static Problem withPrice(Problem p, String source, double price) {
        if (!(price > 0)) {
            throw new IllegalArgumentException("a price must be > 0");
        }
        List<Source> sources = new ArrayList<>();
        boolean found = false;
        for (Source s : p.sources()) {
            if (s.name().equals(source)) {
                sources.add(s.withPriceFactor(price / s.pricePerSample()));
                found = true;
            } else {
                sources.add(s);
            }
        }
        if (!found) {
            throw new InputException("--vary price." + source + ": no source named '" + source + "'; sources: "
                    + String.join(", ", p.sources().stream().map(Source::name).toList()));
        }
        return p.withSources(sources);
    }
}
