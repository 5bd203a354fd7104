package org.brainbudget.theory;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.brainbudget.world.Shift;
import org.brainbudget.world.World;

/**
 * Brain-regularized risk under a shift of the task inputs, with the estimated subspace Û leaking into U^⊥.
 *
 * <p>Each û_j = √o_j u_j + √(1 − o_j) w_j with w_j uniformly random in U^⊥, so for any matrix F that is diagonal in
 * the direction groups, ûᵀFû = o f_U + (1 − o) f̄, f̄ the dimension-weighted mean of f over T and the nuisance
 * group. The penalty λ_⊥I + Δ ÛÛᵀ (Δ = λ_U − λ_⊥) is a rank-k update of a group-diagonal matrix, so with
 * R = (cΣ + λ_⊥)⁻¹ Woodbury gives Q = (cΣ + Λ)⁻¹ = R − Σ_j R û_j û_jᵀ R / (1/Δ + û_jᵀRû_j) (cross terms vanish for
 * random leaks), and every trace of the generalised-ridge deterministic equivalent (see {@link ShiftedRidge})
 * reduces to group sums and such quadratic forms.
 */
public final class LeakyRidge {

    private final double[] dims;
    private final double[] train;
    private final double[] test;
    private final double[] powerPerDim;
    private final double[] overlaps;
    private final double lambdaOut;
    private final double delta;
    private final double complement;

    private LeakyRidge(World world, Shift shift, double[] overlaps, double lambdaIn, double lambdaOut) {
        int k = world.latentDim();
        int t = world.misalignedDim();
        double s = world.taskSignal();
        double m = world.misalignment();
        this.dims = new double[] {k, t, world.inputDim() - k - t};
        this.train = new double[] {shift.train().brain(), shift.train().misaligned(), shift.train().nuisance()};
        this.test = new double[] {shift.test().brain(), shift.test().misaligned(), shift.test().nuisance()};
        this.powerPerDim = new double[] {(1 - m) * s / k, m * s / t, 0};
        this.overlaps = overlaps;
        this.lambdaOut = lambdaOut;
        this.delta = lambdaIn - lambdaOut;
        this.complement = world.inputDim() - k;
    }

    /** Risk of brain-regularized with penalties λ_U, λ_⊥ after n task samples of noise σ². */
    public static double risk(World world, Shift shift, double[] overlaps, double lambdaIn, double lambdaOut,
                              double n, double noise) {
        return new LeakyRidge(world, shift, overlaps, lambdaIn, lambdaOut).risk(n, noise);
    }

    /** A group function f_g given as a lambda of the group index. */
    private interface GroupFunction {
        double at(int g);
    }

    private double trace(GroupFunction f) {
        double sum = 0;
        for (int g = 0; g < 3; g++) {
            sum += dims[g] * f.at(g);
        }
        return sum;
    }

    /** ûᵀFû for overlap o. */
    private double form(double o, GroupFunction f) {
        double outside = (dims[1] * f.at(1) + dims[2] * f.at(2)) / complement;
        return o * f.at(0) + (1 - o) * outside;
    }

    private double risk(double n, double noise) {
        double hi = 1;
        while (deltaEquation(n, hi) < 0) {
            hi *= 2;
        }
        double d = new BrentSolver(1e-14, 1e-13).solve(1000, x -> deltaEquation(n, x), 0, hi);
        double c = n / (1 + d);
        double second = n / ((1 + d) * (1 + d));
        double[] r = resolvent(c);
        double df2 = second * quadratic(r, g -> train[g], g -> train[g]);
        double cross = second * quadratic(r, g -> test[g], g -> train[g]);
        double biasTest = bias(r, c, g -> test[g]);
        double biasTrain = bias(r, c, g -> train[g]);
        return noise * cross / (1 - df2) + biasTest + biasTrain * cross / (1 - df2);
    }

    private double[] resolvent(double c) {
        double[] r = new double[3];
        for (int g = 0; g < 3; g++) {
            r[g] = 1 / (c * train[g] + lambdaOut);
        }
        return r;
    }

    private double denominator(double o, double[] r) {
        return 1 / delta + form(o, g -> r[g]);
    }

    /** δ − tr(ΣQ). */
    private double deltaEquation(double n, double x) {
        double c = n / (1 + x);
        double[] r = resolvent(c);
        double tr = trace(g -> train[g] * r[g]);
        if (delta != 0) {
            for (double o : overlaps) {
                tr -= form(o, g -> r[g] * train[g] * r[g]) / denominator(o, r);
            }
        }
        return x - tr;
    }

    /** tr(F Q G Q) for group-diagonal F and G. */
    private double quadratic(double[] r, GroupFunction f, GroupFunction gfun) {
        double tr = trace(g -> f.at(g) * r[g] * gfun.at(g) * r[g]);
        if (delta != 0) {
            for (double o : overlaps) {
                double den = denominator(o, r);
                tr -= 2 * form(o, g -> f.at(g) * gfun.at(g) * r[g] * r[g] * r[g]) / den;
                tr += form(o, g -> r[g] * f.at(g) * r[g]) * form(o, g -> r[g] * gfun.at(g) * r[g]) / (den * den);
            }
        }
        return tr;
    }

    /** tr(B (I − cΣQ) T (I − cQΣ)) for the test (or train) covariance T. */
    private double bias(double[] r, double c, GroupFunction t) {
        double plain = trace(g -> powerPerDim[g] * t.at(g));
        double linear = trace(g -> train[g] * powerPerDim[g] * t.at(g) * r[g]);
        if (delta != 0) {
            for (double o : overlaps) {
                linear -= form(o, g -> r[g] * train[g] * powerPerDim[g] * t.at(g) * r[g]) / denominator(o, r);
            }
        }
        double quad = quadratic(r, g -> train[g] * powerPerDim[g] * train[g], t);
        return plain - 2 * c * linear + c * c * quad;
    }
}
