package org.brainbudget.theory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;

/**
 * Closed-form excess test risk of every estimator for a design (brain data per modality, labels per source),
 * isotropic train and test. Sample counts are real numbers so that the curves can be differentiated. Without
 * brain data every brain estimator is the task-only estimator.
 */
public final class RiskModel {

    private final World world;

    public RiskModel(World world) {
        this.world = world;
    }

    public World world() {
        return world;
    }

    /** Bayes-tuned ridge on the labels (MODEL R2, one block; several sources by weighted least squares). */
    public double taskOnly(List<TaskArm> task) {
        return TunedRidge.risk(task, List.of(new PriorBlock(world.inputDim(), world.taskSignal())));
    }

    public double taskOnly(double taskSamples) {
        return taskOnly(List.of(TaskArm.of(world, taskSamples)));
    }

    /** OLS on the labels of one source (MODEL R1), exact for n_T > d + 1. */
    public Risk taskOnlyOls(List<TaskArm> task) {
        if (task.size() != 1) {
            return Risk.undefined("task-only OLS is modelled for one task source only");
        }
        int d = world.inputDim();
        TaskArm t = task.get(0);
        if (t.samples() <= d + 1) {
            return Risk.undefined("OLS needs taskSamples > inputDim + 1 = " + (d + 1));
        }
        return Risk.of(t.noise() * d / (t.samples() - d - 1));
    }

    public Risk taskOnlyOls(double taskSamples) {
        return taskOnlyOls(List.of(TaskArm.of(world, taskSamples)));
    }

    /** The subspace stage 1 will deliver from the brain data of every modality. */
    public SubspaceRecovery.Prediction recovery(List<BrainArm> brain) {
        return SubspaceRecovery.predict(world, brain);
    }

    public SubspaceRecovery.Prediction recovery(double brainSamples) {
        return recovery(List.of(BrainArm.of(world, brainSamples)));
    }

    /**
     * Brain-regularized given the expected m̂ (MODEL R2, two blocks). The risk of the estimator tuned with E[m̂] is
     * linear in the realized block powers, so its average over Û is exactly this Bayes risk at E[m̂]. A subspace
     * no better than random carries no information: both blocks then have the task-only density and the
     * estimator is task-only exactly.
     */
    public double brainRegularizedGiven(double effectiveMisalignment, List<TaskArm> task) {
        if (effectiveMisalignment == SubspaceRecovery.randomLevel(world)) {
            return taskOnly(task);
        }
        int k = world.latentDim();
        double s = world.taskSignal();
        return TunedRidge.risk(task, List.of(
                new PriorBlock(k, (1 - effectiveMisalignment) * s),
                new PriorBlock(world.complementDim(), effectiveMisalignment * s)));
    }

    public double brainRegularized(double brainSamples, double taskSamples) {
        return brainRegularized(Design.of(world, brainSamples, taskSamples));
    }

    public double brainRegularized(Design design) {
        if (design.recordedBrain().isEmpty()) {
            return taskOnly(design.task());
        }
        return brainRegularizedGiven(recovery(design.brain()).expectedMisalignment(), design.task());
    }

    /**
     * OLS on the k features Ûᵀx (MODEL R3): the signal outside Û is lost (m̂S) and acts as extra label noise.
     * Exact given Û for one label source and linear in m̂, hence exact on average over Û. With several sources
     * the regression is weighted by 1/(σ_g² + m̂S) and its risk is the deterministic equivalent
     * δ = k / Σ_g n_g w_g/(1 + w_g δ), which for one source gives k(σ² + m̂S)/(n − k) instead of the exact n − k − 1.
     */
    public Risk brainProjectedGiven(double effectiveMisalignment, List<TaskArm> task) {
        int k = world.latentDim();
        double total = task.stream().mapToDouble(TaskArm::samples).sum();
        if (total <= k + 1) {
            return Risk.undefined("brain-projected needs taskSamples > latentDim + 1 = " + (k + 1));
        }
        double lost = effectiveMisalignment * world.taskSignal();
        if (task.size() == 1) {
            return Risk.of(lost + (task.get(0).noise() + lost) * k / (total - k - 1));
        }
        double hi = 1;
        while (weightedFit(hi, task, lost, k) < 0) {
            hi *= 2;
        }
        double delta = new BrentSolver(1e-14, 1e-12).solve(500, x -> weightedFit(x, task, lost, k), 0, hi);
        return Risk.of(lost + delta);
    }

    private static double weightedFit(double delta, List<TaskArm> task, double lost, int k) {
        double sum = 0;
        for (TaskArm g : task) {
            double w = 1 / (g.noise() + lost);
            sum += g.samples() * w / (1 + w * delta);
        }
        return delta * sum - k;
    }

    public Risk brainProjected(double brainSamples, double taskSamples) {
        return brainProjected(Design.of(world, brainSamples, taskSamples));
    }

    public Risk brainProjected(Design design) {
        if (design.recordedBrain().isEmpty()) {
            return Risk.of(taskOnly(design.task()));
        }
        return brainProjectedGiven(recovery(design.brain()).expectedMisalignment(), design.task());
    }

    /** Every estimator's risk, with the subspace law evaluated once. */
    public Map<Estimator, Risk> risks(Design design) {
        return risks(design, design.recordedBrain().isEmpty() ? null : recovery(design.brain()));
    }

    /** Every estimator's risk given the recovery of the design's brain data (null without brain data). */
    public Map<Estimator, Risk> risks(Design design, SubspaceRecovery.Prediction recovery) {
        Map<Estimator, Risk> out = new EnumMap<>(Estimator.class);
        double taskOnly = taskOnly(design.task());
        out.put(Estimator.TASK_ONLY, Risk.of(taskOnly));
        out.put(Estimator.TASK_ONLY_OLS, taskOnlyOls(design.task()));
        if (design.recordedBrain().isEmpty()) {
            out.put(Estimator.BRAIN_PROJECTED, Risk.of(taskOnly));
            out.put(Estimator.BRAIN_REGULARIZED, Risk.of(taskOnly));
        } else {
            double m = recovery.expectedMisalignment();
            out.put(Estimator.BRAIN_PROJECTED, brainProjectedGiven(m, design.task()));
            out.put(Estimator.BRAIN_REGULARIZED, Risk.of(brainRegularizedGiven(m, design.task())));
        }
        return out;
    }

    /** Risk of the given estimator at one modality and one task source as the world describes them. */
    public Risk risk(Estimator estimator, double brainSamples, double taskSamples) {
        return risks(Design.of(world, brainSamples, taskSamples)).get(estimator);
    }
}
