package org.brainbudget.theory;

import java.util.EnumMap;
import java.util.Map;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Shift;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;

/**
 * Every estimator's risk under a shift of the task's training and test inputs (block-diagonal in the brain,
 * misaligned and nuisance groups), for one label source and unshifted brain stimuli, the stage-1 subspace being
 * the one the isotropic law predicts (the task shift does not touch the brain experiment).
 */
public final class ShiftedRisk {

    private ShiftedRisk() {
    }

    /** @param recovery the predicted subspace (null without brain data) */
    public static Map<Estimator, Risk> risks(World world, Design design, Shift shift,
                                             SubspaceRecovery.Prediction recovery) {
        Map<Estimator, Risk> out = new EnumMap<>(Estimator.class);
        String why = unsupported(design, shift);
        if (why != null) {
            for (Estimator e : Estimator.values()) {
                out.put(e, Risk.undefined(why + "; use simulate"));
            }
            return out;
        }
        TaskArm task = design.task().get(0);
        double n = task.samples();
        double noise = task.noise();
        int d = world.inputDim();
        int k = world.latentDim();
        int t = world.misalignedDim();
        Shift.Multipliers a = shift.train();
        Shift.Multipliers b = shift.test();
        double taskOnly = ShiftedRidge.taskOnly(world, task, shift);
        out.put(Estimator.TASK_ONLY, Risk.of(taskOnly));
        out.put(Estimator.TASK_ONLY_OLS, n > d + 1
                ? Risk.of(noise * (k * b.brain() / a.brain() + t * b.misaligned() / a.misaligned()
                        + (d - k - t) * b.nuisance() / a.nuisance()) / (n - d - 1))
                : Risk.undefined("OLS needs taskSamples > inputDim + 1 = " + (d + 1)));
        if (recovery == null || design.recordedBrain().isEmpty()) {
            out.put(Estimator.BRAIN_PROJECTED, Risk.of(taskOnly));
            out.put(Estimator.BRAIN_REGULARIZED, Risk.of(taskOnly));
            return out;
        }
        double mHat = recovery.expectedMisalignment();
        double s = world.taskSignal();
        double lambdaIn = noise * k / ((1 - mHat) * s);
        double lambdaOut = noise * (d - k) / (Math.max(mHat, 1e-12) * s);
        out.put(Estimator.BRAIN_REGULARIZED,
                Risk.of(LeakyRidge.risk(world, shift, recovery.latentOverlaps(), lambdaIn, lambdaOut, n, noise)));
        out.put(Estimator.BRAIN_PROJECTED, n > k + 1
                ? Risk.of(LeakyProjection.risk(world, shift, recovery.latentOverlaps(), n, noise))
                : Risk.undefined("brain-projected needs taskSamples > latentDim + 1 = " + (k + 1)));
        return out;
    }

    /**
     * Why the closed forms do not cover a design under a shift (several label sources, or shifted brain stimuli),
     * or null when they do; always null without a shift, which {@link RiskModel} covers for any design.
     */
    public static String notModelled(Design design, Shift shift) {
        return shift.isNone() ? null : unsupported(design, shift);
    }

    /**
     * A stand-in for the risks of a design the closed forms do not cover, good enough to steer a search but not to
     * report: the label sources pooled into one with the same sample count and the same total precision
     * (Σ n_g/σ_g²), and the brain stimuli taken as unshifted. The planner simulates the points it reports.
     */
    public static Map<Estimator, Risk> surrogate(World world, Design design, Shift shift,
                                                 SubspaceRecovery.Prediction recovery) {
        double samples = 0;
        double precision = 0;
        double noiseSum = 0;
        for (TaskArm arm : design.task()) {
            samples += arm.samples();
            precision += arm.samples() / arm.noise();
            noiseSum += arm.noise();
        }
        double noise = precision > 0 ? samples / precision : noiseSum / design.task().size();
        Design pooled = new Design(design.brain(), java.util.List.of(new TaskArm(samples, noise)));
        Map<Estimator, Risk> out = risks(world, pooled, new Shift(shift.train(), shift.test(), Shift.Multipliers.ONE),
                recovery);
        if (design.task().size() != 1) {
            out.put(Estimator.TASK_ONLY_OLS, Risk.undefined("OLS is fitted to one label source"));
        }
        return out;
    }

    /** Risk curves of one world under a shift, for exchange rates: (task samples) and (brain, task samples). */
    public static ExchangeRates exchangeRates(RiskModel model, Shift shift) {
        World w = model.world();
        return new ExchangeRates(
                n -> ShiftedRidge.taskOnly(w, TaskArm.of(w, n), shift),
                (nB, nT) -> {
                    Design design = Design.of(w, nB, nT);
                    SubspaceRecovery.Prediction recovery = nB > 0 ? model.recovery(design.brain()) : null;
                    return risks(w, design, shift, recovery).get(Estimator.BRAIN_REGULARIZED).value();
                });
    }

    private static String unsupported(Design design, Shift shift) {
        if (design.task().size() != 1) {
            return "risks under distribution shift are modelled for one task source";
        }
        if (!shift.brainStimulus().isIdentity()) {
            return "shifted brain stimuli are not modelled in closed form";
        }
        return null;
    }
}
