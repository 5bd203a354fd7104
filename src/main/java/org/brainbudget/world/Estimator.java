package org.brainbudget.world;

/** The estimators of the model; the theory predicts and the simulator measures the risk of each. */
public enum Estimator {
    /** Ridge on the task samples with the Bayes-tuned penalty σ_y² d / S. */
    TASK_ONLY("taskOnly"),
    /** Ordinary least squares on the task samples (needs n_T > d + 1 for a finite risk). */
    TASK_ONLY_OLS("taskOnlyOls"),
    /** OLS of y on the k estimated brain latents Ûᵀx (needs n_T > k + 1). */
    BRAIN_PROJECTED("brainProjected"),
    /** Ridge with separate penalties inside and outside the estimated brain subspace. */
    BRAIN_REGULARIZED("brainRegularized");

    private final String key;

    Estimator(String key) {
        this.key = key;
    }

    /** The name used in JSON output and on the command line. */
    public String key() {
        return key;
    }
}
