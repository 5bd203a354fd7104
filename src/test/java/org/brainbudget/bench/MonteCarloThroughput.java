package org.brainbudget.bench;

import java.util.Locale;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;

/**
 * Monte Carlo throughput (replications per second, both cores) at the configuration the NumPy comparison uses:
 * k = 10, t = 5, p = 2d, S = 1, σ_y² = 0.5, m = 0.2, SNR 1, n_B = 4d, n_T = d/2, OLS stage 1. One warm-up run,
 * then the best of three. Prints one JSON object per line, like bench-tools/numpy_montecarlo.py.
 */
public final class MonteCarloThroughput {

    private MonteCarloThroughput() {
    }

    public static void main(String[] args) {
        String dims = args.length > 0 ? args[0] : "100,300,1000";
        for (String text : dims.split(",")) {
            int d = Integer.parseInt(text.trim());
            int reps = d <= 100 ? 200 : d <= 300 ? 40 : 6;
            World world = World.withUniformSnr(d, 10, 2 * d, 1.0, 0.5, 0.2, 5, 1.0);
            Allocation allocation = new Allocation(4 * d, d / 2);
            MonteCarlo.run(world, allocation, new SimulationSettings(2, 1, Stage1Method.OLS));
            double best = Double.POSITIVE_INFINITY;
            SimulationResult result = null;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                result = MonteCarlo.run(world, allocation, new SimulationSettings(reps, 7, Stage1Method.OLS));
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf(Locale.ROOT, "{\"d\": %d, \"reps\": %d, \"seconds\": %.4f, \"reps_per_second\": %.3f,"
                            + " \"effective_misalignment\": %.5f, \"task_only\": %.5f, \"brain_projected\": %.5f,"
                            + " \"brain_regularized\": %.5f}%n", d, reps, best, reps / best,
                    result.effectiveMisalignment().mean(), result.risks().get(Estimator.TASK_ONLY).mean(),
                    result.risks().get(Estimator.BRAIN_PROJECTED).mean(),
                    result.risks().get(Estimator.BRAIN_REGULARIZED).mean());
        }
    }
}
