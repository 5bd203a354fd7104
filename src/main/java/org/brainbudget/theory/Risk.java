package org.brainbudget.theory;

/**
 * A predicted excess risk, or the reason the closed form has no value here.
 *
 * @param value          the risk when defined, NaN otherwise
 * @param undefinedReason why there is no value, null when defined
 */
public record Risk(double value, String undefinedReason) {

    public static Risk of(double value) {
        return new Risk(value, null);
    }

    public static Risk undefined(String reason) {
        return new Risk(Double.NaN, reason);
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }
}
