package org.brainbudget.plan;

import java.util.List;

/** How risks over scenarios become one number. */
public enum Aggregate {
    /** Weighted mean over scenarios. */
    EXPECTED("expected"),
    /** The worst scenario. */
    WORST_CASE("worst-case"),
    /**
     * The largest regret: how much worse than the best plan for that scenario alone the allocation does, in the
     * scenario where that gap is largest.
     */
    MINIMAX_REGRET("minimax-regret");

    private final String key;

    Aggregate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Aggregate fromKey(String key) {
        for (Aggregate a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no aggregate " + key);
    }

    /**
     * The aggregate of {@code values}, one per scenario; {@code best} holds each scenario's best achievable risk
     * (used by minimax-regret only).
     */
    public double of(List<Scenario> scenarios, double[] values, double[] best) {
        if (this == EXPECTED) {
            double total = 0;
            double weights = 0;
            for (int i = 0; i < values.length; i++) {
                total += scenarios.get(i).weight() * values[i];
                weights += scenarios.get(i).weight();
            }
            return total / weights;
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            worst = Math.max(worst, this == MINIMAX_REGRET ? values[i] - best[i] : values[i]);
        }
        return worst;
    }

    /** Without per-scenario optima (expected and worst-case need none). */
    public double of(List<Scenario> scenarios, double[] values) {
        if (this == MINIMAX_REGRET) {
            throw new IllegalStateException("minimax-regret needs each scenario's best risk");
        }
        return of(scenarios, values, null);
    }
}
