package org.brainbudget.simulate;

import org.brainbudget.world.Shift;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A covariance that is block-diagonal in the direction groups of a world instance, Σ = Q diag(v) Qᵀ with Q the
 * instance's full frame; applied through Q, never formed. The identity is handled without any work.
 */
final class GroupCovariance {

    private final DMatrixRMaj frame;
    private final double[] variances;
    private final boolean identity;

    private GroupCovariance(DMatrixRMaj frame, double[] variances, boolean identity) {
        this.frame = frame;
        this.variances = variances;
        this.identity = identity;
    }

    static GroupCovariance of(World world, WorldInstance instance, Shift.Multipliers m) {
        if (m.isIdentity()) {
            return new GroupCovariance(null, null, true);
        }
        int d = world.inputDim();
        int k = world.latentDim();
        int t = world.misalignedDim();
        if (instance.frame().numCols != d) {
            throw new IllegalArgumentException("a shifted covariance needs the instance's full basis");
        }
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = i < k ? m.brain() : i < k + t ? m.misaligned() : m.nuisance();
        }
        return new GroupCovariance(instance.frame(), v, false);
    }

    /** Σ^{power} a for a d × c matrix a (power 1/2 for the root, −1/2 for the inverse root, 1 for Σ). */
    DMatrixRMaj apply(DMatrixRMaj a, double power) {
        if (identity) {
            return a.copy();
        }
        DMatrixRMaj coords = new DMatrixRMaj(frame.numCols, a.numCols);
        CommonOps_DDRM.multTransA(frame, a, coords);
        for (int i = 0; i < coords.numRows; i++) {
            double f = Math.pow(variances[i], power);
            for (int j = 0; j < coords.numCols; j++) {
                coords.unsafe_set(i, j, coords.unsafe_get(i, j) * f);
            }
        }
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.mult(frame, coords, out);
        return out;
    }

    /** eᵀΣe for a vector e. */
    double quadraticForm(DMatrixRMaj e) {
        if (identity) {
            return WorldInstance.dot(e, e);
        }
        DMatrixRMaj root = apply(e, 0.5);
        return WorldInstance.dot(root, root);
    }
}
