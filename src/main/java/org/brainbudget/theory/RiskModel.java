package org.brainbudget.theory;

import java.util.List;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;

/**
 * Closed-form excess test risk of every estimator at an allocation (n_B, n_T), isotropic train and test.
 * Sample counts are real numbers so that the curves can be differentiated; n_B = 0 means no brain data, and then
 * every brain estimator is the task-only estimator.
 */
public final class RiskModel {

    private final World world;

    public RiskModel(World world) {
        this.world = world;
    }

    public World world() {
        return world;
    }

    /** Bayes-tuned ridge on n_T task samples (MODEL R2, one block). */
    public double taskOnly(double taskSamples) {
        return TunedRidge.risk(taskSamples, world.taskNoise(),
                List.of(new PriorBlock(world.inputDim(), world.taskSignal())));
    }

    /** OLS on n_T task samples (MODEL R1), exact for n_T > d + 1. */
    public Risk taskOnlyOls(double taskSamples) {
        int d = world.inputDim();
        if (taskSamples <= d + 1) {
            return Risk.undefined("OLS needs taskSamples > inputDim + 1 = " + (d + 1));
        }
        return Risk.of(world.taskNoise() * d / (taskSamples - d - 1));
    }

    /** The subspace stage 1 will deliver from n_B brain samples. */
    public SubspaceRecovery.Prediction recovery(double brainSamples) {
        return SubspaceRecovery.predict(world, brainSamples);
    }

    public double brainRegularized(double brainSamples, double taskSamples) {
        if (brainSamples <= 0) {
            return taskOnly(taskSamples);
        }
        return brainRegularizedGiven(recovery(brainSamples).expectedMisalignment(), taskSamples);
    }

    /**
     * Brain-regularized given the expected m̂ (MODEL R2, two blocks). The risk of the estimator tuned with E[m̂] is
     * linear in the realized block powers, so its average over Û is exactly this Bayes risk at E[m̂].
     */
    public double brainRegularizedGiven(double effectiveMisalignment, double taskSamples) {
        int k = world.latentDim();
        double s = world.taskSignal();
        return TunedRidge.risk(taskSamples, world.taskNoise(), List.of(
                new PriorBlock(k, (1 - effectiveMisalignment) * s),
                new PriorBlock(world.complementDim(), effectiveMisalignment * s)));
    }

    public Risk brainProjected(double brainSamples, double taskSamples) {
        if (brainSamples <= 0) {
            return Risk.of(taskOnly(taskSamples));
        }
        return brainProjectedGiven(recovery(brainSamples).expectedMisalignment(), taskSamples);
    }

    /**
     * OLS on the k features Ûᵀx (MODEL R3): the signal outside Û is lost (m̂S) and acts as extra label noise;
     * exact given Û for Gaussian inputs and linear in m̂, hence exact on average over Û.
     */
    public Risk brainProjectedGiven(double effectiveMisalignment, double taskSamples) {
        int k = world.latentDim();
        if (taskSamples <= k + 1) {
            return Risk.undefined("brain-projected needs taskSamples > latentDim + 1 = " + (k + 1));
        }
        double lost = effectiveMisalignment * world.taskSignal();
        return Risk.of(lost + (world.taskNoise() + lost) * k / (taskSamples - k - 1));
    }

    /** Risk of the given estimator; brain estimators use the recovery from n_B samples. */
    public Risk risk(Estimator estimator, double brainSamples, double taskSamples) {
        return switch (estimator) {
            case TASK_ONLY -> Risk.of(taskOnly(taskSamples));
            case TASK_ONLY_OLS -> taskOnlyOls(taskSamples);
            case BRAIN_PROJECTED -> brainProjected(brainSamples, taskSamples);
            case BRAIN_REGULARIZED -> Risk.of(brainRegularized(brainSamples, taskSamples));
        };
    }
}
