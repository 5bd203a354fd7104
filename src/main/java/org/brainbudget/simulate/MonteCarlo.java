package org.brainbudget.simulate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Monte Carlo of the exact estimators: every replication draws a world instance, brain data and task data,
 * runs the estimators and measures (β̂ − β*)ᵀ(β̂ − β*).
 *
 * <p>Brain-regularized (and, with several label sources, the weights of brain-projected) needs m̂. The realized m̂
 * needs the unknown β*, so the estimators are tuned with the expected m̂ of the study, measured in a first pass
 * over the replications (never taken from the theory). Labels from several sources are combined by weighted least
 * squares. Replications run in parallel; each has its own seeded streams, so results do not depend on the thread
 * count.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /** One modality and one task source as the world describes them. */
    public static SimulationResult run(World world, Allocation allocation, SimulationSettings settings) {
        return run(world, Design.of(world, allocation.brainSamples(), allocation.taskSamples()), settings);
    }

    public static SimulationResult run(World world, Design design, SimulationSettings settings) {
        return run(world, design, Shift.NONE, settings);
    }

    /**
     * Under a distribution shift: task inputs follow the shift's training covariance, the brain experiment's
     * stimuli its stimulus covariance, and the risk is measured under its test covariance. The estimators are not
     * told about the shift.
     */
    public static SimulationResult run(World world, Design design, Shift shift, SimulationSettings settings) {
        List<BrainArm> brain = design.recordedBrain();
        if (brain.size() != settings.stage1().size() && !brain.isEmpty()) {
            throw new IllegalArgumentException("one stage-1 method per modality with data: " + brain.size()
                    + " modalities, " + settings.stage1().size() + " methods");
        }
        int reps = settings.reps();
        long[][] seeds = repSeeds(settings.seed(), reps);
        boolean hasBrain = !brain.isEmpty();

        List<Stage1Outcome> stage1 = IntStream.range(0, reps).parallel()
                .mapToObj(i -> stage1(world, brain, shift, settings, seeds[i][0]))
                .toList();
        double meanMisalignment = hasBrain
                ? stage1.stream().mapToDouble(Stage1Outcome::misalignment).average().orElseThrow()
                : Double.NaN;

        List<double[]> risks = IntStream.range(0, reps).parallel()
                .mapToObj(i -> taskRisks(world, design, shift, stage1.get(i), meanMisalignment, seeds[i][1]))
                .toList();

        Map<Estimator, Estimate> out = new EnumMap<>(Estimator.class);
        for (Estimator e : Estimator.values()) {
            if (hasFiniteRisk(e, world, design)) {
                out.put(e, Estimate.of(risks.stream().mapToDouble(r -> r[e.ordinal()]).toArray()));
            }
        }
        Estimate misalignment = hasBrain
                ? Estimate.of(stage1.stream().mapToDouble(Stage1Outcome::misalignment).toArray())
                : null;
        return new SimulationResult(design, settings, out, misalignment);
    }

    /** Whether the estimator's expected risk is finite, so that a mean over replications estimates it. */
    static boolean hasFiniteRisk(Estimator e, World world, Design design) {
        double task = design.taskSamples();
        return switch (e) {
            case TASK_ONLY, BRAIN_REGULARIZED -> true;
            case TASK_ONLY_OLS -> design.task().size() == 1 && task > world.inputDim() + 1;
            case BRAIN_PROJECTED -> design.recordedBrain().isEmpty() || task > world.latentDim() + 1;
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

    private static Stage1Outcome stage1(World world, List<BrainArm> brain, Shift shift, SimulationSettings settings,
                                        long seed) {
        RandomGenerator rng = new Well19937c(seed);
        WorldInstance instance = WorldInstance.draw(world, !shift.isNone(), rng);
        if (brain.isEmpty()) {
            return new Stage1Outcome(instance, null, Double.NaN);
        }
        GroupCovariance stimuli = shift.brainStimulus().isIdentity() ? null
                : GroupCovariance.of(world, instance, shift.brainStimulus());
        DMatrixRMaj subspace = BrainExperiment.estimateSubspace(world, instance, brain, settings.stage1(), stimuli, rng);
        return new Stage1Outcome(instance, subspace, misalignment(instance.beta(), subspace, world.taskSignal()));
    }

    /** ‖(I − ÛÛᵀ)β‖² / S. */
    static double misalignment(DMatrixRMaj beta, DMatrixRMaj subspace, double signal) {
        DMatrixRMaj inside = new DMatrixRMaj(subspace.numCols, 1);
        CommonOps_DDRM.multTransA(subspace, beta, inside);
        double captured = WorldInstance.dot(inside, inside);
        return Math.max(0, WorldInstance.dot(beta, beta) - captured) / signal;
    }

    private static double[] taskRisks(World world, Design design, Shift shift, Stage1Outcome brain,
                                      double meanMisalignment, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        GroupCovariance train = shift.train().isIdentity() ? null
                : GroupCovariance.of(world, brain.instance(), shift.train());
        GroupCovariance test = GroupCovariance.of(world, brain.instance(), shift.test());
        DMatrixRMaj beta = brain.instance().beta();
        int d = world.inputDim();
        int k = world.latentDim();
        double signal = world.taskSignal();
        List<TaskExperiment> sources = new ArrayList<>();
        double[] precision = new double[design.task().size()];
        for (int g = 0; g < design.task().size(); g++) {
            TaskArm arm = design.task().get(g);
            sources.add(TaskExperiment.draw(beta, arm.noise(), (int) arm.samples(), train, rng));
            precision[g] = 1 / arm.noise();
        }
        // Weighted by the label precisions, the noise has unit variance and the prior penalty is d_b / S_b.
        TaskExperiment weighted = TaskExperiment.weighted(sources, precision);

        double[] risk = new double[Estimator.values().length];
        double taskOnly = error(Estimators.ridge(weighted, d / signal), beta, test);
        risk[Estimator.TASK_ONLY.ordinal()] = taskOnly;
        risk[Estimator.TASK_ONLY_OLS.ordinal()] = hasFiniteRisk(Estimator.TASK_ONLY_OLS, world, design)
                ? error(Estimators.ridge(sources.get(0), 0), beta, test) : Double.NaN;
        if (brain.subspace() == null) {
            // Without brain data every brain estimator is the task-only estimator.
            risk[Estimator.BRAIN_PROJECTED.ordinal()] = taskOnly;
            risk[Estimator.BRAIN_REGULARIZED.ordinal()] = taskOnly;
            return risk;
        }
        double m = Math.min(Math.max(meanMisalignment, 1e-12), 1 - 1e-12);
        double[] projectedWeights = new double[precision.length];
        for (int g = 0; g < precision.length; g++) {
            projectedWeights[g] = 1 / (design.task().get(g).noise() + m * signal);
        }
        risk[Estimator.BRAIN_PROJECTED.ordinal()] = weighted.samples() >= k
                ? error(Estimators.brainProjected(TaskExperiment.weighted(sources, projectedWeights),
                        brain.subspace()), beta, test)
                : Double.NaN;
        double lambdaInside = k / ((1 - m) * signal);
        double lambdaOutside = (d - k) / (m * signal);
        risk[Estimator.BRAIN_REGULARIZED.ordinal()] =
                error(Estimators.brainRegularized(weighted, brain.subspace(), lambdaInside, lambdaOutside), beta, test);
        return risk;
    }

    /** (β̂ − β*)ᵀΣ_test(β̂ − β*). */
    private static double error(DMatrixRMaj estimate, DMatrixRMaj beta, GroupCovariance test) {
        DMatrixRMaj e = estimate.copy();
        CommonOps_DDRM.subtractEquals(e, beta);
        return test.quadraticForm(e);
    }
}
