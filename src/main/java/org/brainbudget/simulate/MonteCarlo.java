package org.brainbudget.simulate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Monte Carlo of the exact estimators: every replication draws a world instance, brain data and task data,
 * runs the estimators and measures (β̂ − β*)ᵀ(β̂ − β*).
 *
 * <p>Brain-regularized needs m̂ for its penalties. The realized m̂ needs the unknown β*, so the estimator is
 * tuned with the expected m̂ of the study, measured in a first pass over the replications (never taken from
 * the theory). Replications run in parallel; each has its own seeded streams, so results do not depend on
 * the thread count.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    public static SimulationResult run(World world, Allocation allocation, SimulationSettings settings) {
        int reps = settings.reps();
        long[][] seeds = repSeeds(settings.seed(), reps);
        int nB = allocation.brainSamples();
        boolean hasBrain = nB > 0;

        List<Stage1Outcome> stage1 = IntStream.range(0, reps).parallel()
                .mapToObj(i -> stage1(world, nB, settings, seeds[i][0], hasBrain))
                .toList();
        double meanMisalignment = hasBrain
                ? stage1.stream().mapToDouble(Stage1Outcome::misalignment).average().orElseThrow()
                : Double.NaN;

        List<double[]> risks = IntStream.range(0, reps).parallel()
                .mapToObj(i -> taskRisks(world, allocation, stage1.get(i), meanMisalignment, seeds[i][1]))
                .toList();

        Map<Estimator, Estimate> out = new EnumMap<>(Estimator.class);
        for (Estimator e : Estimator.values()) {
            if (hasFiniteRisk(e, world, allocation)) {
                out.put(e, Estimate.of(risks.stream().mapToDouble(r -> r[e.ordinal()]).toArray()));
            }
        }
        Estimate misalignment = hasBrain
                ? Estimate.of(stage1.stream().mapToDouble(Stage1Outcome::misalignment).toArray())
                : null;
        return new SimulationResult(allocation, settings, out, misalignment);
    }

    /** Whether the estimator's expected risk is finite, so that a mean over replications estimates it. */
    static boolean hasFiniteRisk(Estimator e, World world, Allocation a) {
        return switch (e) {
            case TASK_ONLY, BRAIN_REGULARIZED -> a.taskSamples() >= 1;
            case TASK_ONLY_OLS -> a.taskSamples() > world.inputDim() + 1;
            case BRAIN_PROJECTED -> a.brainSamples() == 0 ? a.taskSamples() >= 1
                    : a.taskSamples() > world.latentDim() + 1;
        };
    }

    private record Stage1Outcome(WorldInstance instance, DMatrixRMaj subspace, double misalignment) {
    }

    private static long[][] repSeeds(long seed, int reps) {
        SplittableRandom master = new SplittableRandom(seed);
        long[][] seeds = new long[reps][2];
        for (int i = 0; i < reps; i++) {
            seeds[i][0] = master.nextLong();
            seeds[i][1] = master.nextLong();
        }
        return seeds;
    }

    private static Stage1Outcome stage1(World world, int nB, SimulationSettings settings, long seed,
                                        boolean hasBrain) {
        RandomGenerator rng = new Well19937c(seed);
        WorldInstance instance = WorldInstance.draw(world, rng);
        if (!hasBrain) {
            return new Stage1Outcome(instance, null, Double.NaN);
        }
        DMatrixRMaj subspace = BrainExperiment.estimateSubspace(world, instance, nB, settings.stage1(), rng);
        return new Stage1Outcome(instance, subspace, misalignment(instance.beta(), subspace, world.taskSignal()));
    }

    /** ‖(I − ÛÛᵀ)β‖² / S. */
    static double misalignment(DMatrixRMaj beta, DMatrixRMaj subspace, double signal) {
        DMatrixRMaj inside = new DMatrixRMaj(subspace.numCols, 1);
        CommonOps_DDRM.multTransA(subspace, beta, inside);
        double captured = WorldInstance.dot(inside, inside);
        return Math.max(0, WorldInstance.dot(beta, beta) - captured) / signal;
    }

    private static double[] taskRisks(World world, Allocation allocation, Stage1Outcome brain,
                                      double meanMisalignment, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        DMatrixRMaj beta = brain.instance().beta();
        int d = world.inputDim();
        int k = world.latentDim();
        double noise = world.taskNoise();
        double signal = world.taskSignal();
        TaskExperiment task = TaskExperiment.draw(beta, noise, allocation.taskSamples(), rng);

        double[] risk = new double[Estimator.values().length];
        double taskOnly = error(Estimators.ridge(task, noise * d / signal), beta);
        risk[Estimator.TASK_ONLY.ordinal()] = taskOnly;
        risk[Estimator.TASK_ONLY_OLS.ordinal()] = hasFiniteRisk(Estimator.TASK_ONLY_OLS, world, allocation)
                ? error(Estimators.ridge(task, 0), beta) : Double.NaN;
        if (brain.subspace() == null) {
            // Without brain data every brain estimator is the task-only estimator.
            risk[Estimator.BRAIN_PROJECTED.ordinal()] = taskOnly;
            risk[Estimator.BRAIN_REGULARIZED.ordinal()] = taskOnly;
            return risk;
        }
        risk[Estimator.BRAIN_PROJECTED.ordinal()] = allocation.taskSamples() >= k
                ? error(Estimators.brainProjected(task, brain.subspace()), beta) : Double.NaN;
        double m = Math.min(Math.max(meanMisalignment, 1e-12), 1 - 1e-12);
        double lambdaInside = noise * k / ((1 - m) * signal);
        double lambdaOutside = noise * (d - k) / (m * signal);
        risk[Estimator.BRAIN_REGULARIZED.ordinal()] =
                error(Estimators.brainRegularized(task, brain.subspace(), lambdaInside, lambdaOutside), beta);
        return risk;
    }

    private static double error(DMatrixRMaj estimate, DMatrixRMaj beta) {
        double s = 0;
        for (int i = 0; i < beta.numRows; i++) {
            double diff = estimate.data[i] - beta.data[i];
            s += diff * diff;
        }
        return s;
    }
}
