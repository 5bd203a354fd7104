package org.brainbudget.plan;

import java.util.List;

/** How risks over scenarios become one number. */
public enum Aggregate {
    /** Weighted mean over scenarios. */
    EXPECTED("expected"),
    /** The worst scenario. */
    WORST_CASE("worst-case");

    private final String key;

    Aggregate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The aggregate of {@code values}, one per scenario. */
    public double of(List<Scenario> scenarios, double[] values) {
        if (this == WORST_CASE) {
            double worst = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                worst = Math.max(worst, v);
            }
            return worst;
        }
        double total = 0;
        double weights = 0;
        for (int i = 0; i < values.length; i++) {
            total += scenarios.get(i).weight() * values[i];
            weights += scenarios.get(i).weight();
        }
        return total / weights;
    }
}
