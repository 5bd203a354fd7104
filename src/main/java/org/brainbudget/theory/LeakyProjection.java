package org.brainbudget.theory;

import org.brainbudget.world.Shift;
import org.brainbudget.world.World;

/**
 * Brain-projected risk under a shift of the task inputs, with Û leaking into U^⊥ (see {@link LeakyRidge}).
 *
 * <p>The features z_j = û_jᵀx are uncorrelated (random leaks), with training variance v_j = ûᵀΣû. OLS on them is
 * exact given Û: it converges to γ*_j = û_jᵀΣβ/v_j, whose residual acts as noise, so the risk is the bias of Ûγ*
 * under the test covariance T plus (σ² + residual) Σ_j (û_jᵀTû_j / v_j)/(n − k − 1). Averaged over β's direction
 * within each group, every term is a quadratic form ûᵀFû = o f_U + (1 − o) f̄. Without shift this is MODEL R3.
 */
public final class LeakyProjection {

    private LeakyProjection() {
    }

    public static double risk(World world, Shift shift, double[] overlaps, double n, double noise) {
        int k = world.latentDim();
        int t = world.misalignedDim();
        int nuisance = world.inputDim() - k - t;
        double complement = world.inputDim() - k;
        double s = world.taskSignal();
        double m = world.misalignment();
        Shift.Multipliers a = shift.train();
        Shift.Multipliers b = shift.test();
        double trainOut = (t * a.misaligned() + nuisance * a.nuisance()) / complement;
        double testOut = (t * b.misaligned() + nuisance * b.nuisance()) / complement;
        double inU = (1 - m) * s / k;
        double inT = m * s / complement;
        double explained = 0;
        double matched = 0;
        double spread = 0;
        double ratio = 0;
        for (double o : overlaps) {
            double v = o * a.brain() + (1 - o) * trainOut;
            double vTest = o * b.brain() + (1 - o) * testOut;
            // E(ûᵀΣβ)², E(ûᵀΣβ)(ûᵀTβ): the brain part through o, the misaligned part through the leak.
            double covTrain = o * a.brain() * a.brain() * inU + (1 - o) * a.misaligned() * a.misaligned() * inT;
            double covBoth = o * a.brain() * b.brain() * inU + (1 - o) * a.misaligned() * b.misaligned() * inT;
            explained += covTrain / v;
            matched += covBoth / v;
            spread += covTrain / (v * v) * vTest;
            ratio += vTest / v;
        }
        double signalTrain = a.brain() * (1 - m) * s + a.misaligned() * m * s;
        double signalTest = b.brain() * (1 - m) * s + b.misaligned() * m * s;
        double residual = signalTrain - explained;
        double bias = signalTest - 2 * matched + spread;
        return bias + (noise + residual) * ratio / (n - k - 1);
    }
}
