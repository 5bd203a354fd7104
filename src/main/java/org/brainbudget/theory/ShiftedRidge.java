package org.brainbudget.theory;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.brainbudget.world.Shift;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;

/**
 * Excess test risk of a ridge estimator with block-wise penalties when training and test inputs have different
 * block-diagonal covariances: the deterministic equivalent of the bias and variance of generalised ridge.
 *
 * <p>Substituting γ = Λ^{1/2}β turns penalty λ_b into 1 and a block's train and test variances a_b, b_b into
 * a_b/λ_b, b_b/λ_b, and its signal power S_b into λ_b S_b. Then with κ solving
 * 1/n = κ(1 − (1/n) Σ d_b a_b/(a_b + κ)) and df₂ = (1/n) Σ d_b a_b²/(a_b + κ)²:
 * <pre>
 *   variance = σ² (1/n) Σ d_b b_b a_b/(a_b + κ)² / (1 − df₂)
 *   bias     = κ² Σ S_b b_b/(a_b + κ)² + κ² [Σ S_b a_b/(a_b + κ)²] · (1/n) Σ d_b b_b a_b/(a_b + κ)² / (1 − df₂)
 * </pre>
 * With equal train and test covariances and the Bayes penalties this is {@link TunedRidge}'s risk.
 */
public final class ShiftedRidge {

    private ShiftedRidge() {
    }

    /**
     * One block of directions.
     *
     * @param dim      directions in the block
     * @param train    variance of the training inputs along them
     * @param test     variance of the test inputs along them
     * @param power    signal power of β* in the block
     * @param penalty  ridge penalty on the block (as in XᵀX + Λ)
     */
    public record Block(double dim, double train, double test, double power, double penalty) {
    }

    /**
     * Task-only tuned ridge (penalty σ²d/S, which does not know about the shift) trained on {@code task} under the
     * shift's training covariance and tested under its test covariance.
     */
    public static double taskOnly(World world, TaskArm task, Shift shift) {
        int k = world.latentDim();
        int t = world.misalignedDim();
        double s = world.taskSignal();
        double m = world.misalignment();
        double lambda = task.noise() * world.inputDim() / s;
        Shift.Multipliers a = shift.train();
        Shift.Multipliers b = shift.test();
        return risk(List.of(
                new Block(k, a.brain(), b.brain(), (1 - m) * s, lambda),
                new Block(t, a.misaligned(), b.misaligned(), m * s, lambda),
                new Block(world.inputDim() - k - t, a.nuisance(), b.nuisance(), 0, lambda)),
                task.samples(), task.noise());
    }

    public static double risk(List<Block> blocks, double n, double noise) {
        if (n <= 0) {
            double bias = 0;
            for (Block b : blocks) {
                bias += b.power() * b.test();
            }
            return bias;
        }
        int m = blocks.size();
        double[] d = new double[m];
        double[] a = new double[m];
        double[] t = new double[m];
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            Block b = blocks.get(i);
            d[i] = b.dim();
            a[i] = b.train() / b.penalty();
            t[i] = b.test() / b.penalty();
            s[i] = b.power() * b.penalty();
        }
        org.apache.commons.math3.analysis.UnivariateFunction equation = k -> {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += d[i] * a[i] / (a[i] + k);
            }
            return k * (1 - sum / n) - 1 / n;
        };
        double hi = 1;
        while (equation.value(hi) < 0) {
            hi *= 2;
        }
        double kappa = new BrentSolver(1e-15, 1e-13).solve(1000, equation, 0, hi);
        double df2 = 0;
        double cross = 0;
        double biasIn = 0;
        double biasTrain = 0;
        for (int i = 0; i < m; i++) {
            double r = a[i] + kappa;
            df2 += d[i] * a[i] * a[i] / (r * r);
            cross += d[i] * t[i] * a[i] / (r * r);
            biasIn += s[i] * t[i] / (r * r);
            biasTrain += s[i] * a[i] / (r * r);
        }
        df2 /= n;
        cross /= n;
        double variance = noise * cross / (1 - df2);
        double bias = kappa * kappa * (biasIn + biasTrain * cross / (1 - df2));
        return bias + variance;
    }
}
