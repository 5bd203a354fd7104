package org.brainbudget.report;

import java.util.Locale;
import org.brainbudget.world.Estimator;

/** How estimators and quantities are named and formatted in readable output. */
final class Labels {

    private Labels() {
    }

    static String of(Estimator e) {
        return switch (e) {
            case TASK_ONLY -> "task-only (tuned ridge)";
            case TASK_ONLY_OLS -> "task-only (OLS)";
            case BRAIN_PROJECTED -> "brain-projected";
            case BRAIN_REGULARIZED -> "brain-regularized";
        };
    }

    static String count(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.1f", v) : "n/a";
    }

    static String rate(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }
}
