package org.brainbudget.plan;

/** What the plan optimizes. */
public enum Objective {
    /** Lowest aggregated risk with total cost within the budget. */
    MINIMIZE_RISK("minimize-risk"),
    /** Lowest cost whose aggregated risk reaches the target risk (the budget is the ceiling). */
    MINIMIZE_COST("minimize-cost");

    private final String key;

    Objective(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
