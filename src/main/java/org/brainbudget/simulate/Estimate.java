package org.brainbudget.simulate;

/** A Monte Carlo mean with its standard error. */
public record Estimate(double mean, double stdError) {

    static Estimate of(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
        return new Estimate(mean, se);
    }

    /** (simulated − predicted) in standard errors. */
    public double zScore(double predicted) {
        return (mean - predicted) / stdError;
    }
}
