package org.brainbudget.plan;

/** The units of each source a plan may consider: caps, and the budget as a ceiling. */
public final class UnitBounds {

    private UnitBounds() {
    }

    /** Most units of {@code s} the budget alone could pay for (0 when not even one unit fits). */
    public static int affordable(Source s, double budget) {
        double left = budget - s.fixedCost();
        if (left < s.unitCost()) {
            return 0;
        }
        double units = Math.floor(left / s.unitCost() + 1e-9);
        return (int) Math.min(units, Integer.MAX_VALUE - 1);
    }

    /** Upper end of the search range: the cap or what the budget affords, whichever is smaller. */
    public static int upper(Source s, double budget) {
        return Math.min(s.maxUnits(), affordable(s, budget));
    }

    /** Whether {@code units} satisfy the caps. */
    public static boolean withinCaps(Source s, int units) {
        return units >= s.minUnits() && units <= s.maxUnits();
    }
}
