package org.brainbudget.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQrAlgorithm_DDRM;

/**
 * The top-k left singular vectors of a d × m matrix A, as the top-k eigenvectors of AAᵀ: Householder
 * tridiagonalisation T = QᵀAAᵀQ, the eigenvalues of T (QR without vectors), inverse iteration on T for the k
 * largest, and back to the input space through Q.
 *
 * <p>Why not EJML's SVD: the simulator needs k ≪ d vectors, and the SVD accumulates every rotation of its
 * implicit-QR sweeps into a full d × d U; at d = 1000 that SVD took 60% of a replication, this route about a third
 * of the SVD's time. Accuracy is that of the top eigenvectors of AAᵀ, which forming the product does not harm (it
 * squares the small singular values, not the large ones); the test compares the subspaces with the SVD's.
 */
public final class TopSubspace {

    private static final int MAX_ITERATIONS = 12;

    private TopSubspace() {
    }

    public static DMatrixRMaj of(DMatrixRMaj a, int k) {
        int d = a.numRows;
        DMatrixRMaj gram = Products.outer(a);
        Tridiagonalisation tri = new Tridiagonalisation();
        if (!tri.decompose(gram)) {
            throw new IllegalStateException("tridiagonalisation failed");
        }
        double[] diag = new double[d];
        double[] off = new double[Math.max(0, d - 1)];
        tri.getDiagonal(diag, off);
        double[] values = eigenvalues(diag, off);
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[][] vectors = new double[k][];
        for (int j = 0; j < k; j++) {
            vectors[j] = inverseIteration(diag, off, values[j], vectors, j, scale);
        }
        DMatrixRMaj z = new DMatrixRMaj(d, k);
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                z.unsafe_set(i, j, vectors[j][i]);
            }
        }
        tri.applyQ(z);
        return z;
    }

    /** Eigenvalues of the symmetric tridiagonal matrix, largest first. */
    static double[] eigenvalues(double[] diag, double[] off) {
        int d = diag.length;
        if (d == 1) {
            return diag.clone();
        }
        SymmetricQrAlgorithm_DDRM qr = new SymmetricQrAlgorithm_DDRM();
        if (!qr.process(d, diag.clone(), off.clone())) {
            throw new IllegalStateException("tridiagonal QR did not converge");
        }
        double[] values = new double[qr.getNumberOfEigenvalues()];
        for (int i = 0; i < values.length; i++) {
            values[i] = qr.getEigenvalue(i);
        }
        Arrays.sort(values);
        for (int i = 0; i < values.length / 2; i++) {
            double t = values[i];
            values[i] = values[values.length - 1 - i];
            values[values.length - 1 - i] = t;
        }
        return values;
    }

    /**
     * The eigenvector of T for {@code lambda}: solves (T − λI)x = v a few times (LU with partial pivoting), each
     * time orthogonalised against the vectors already found, so that equal or close eigenvalues still give an
     * orthonormal set. The start vector is fixed, so the result is deterministic.
     */
    static double[] inverseIteration(double[] diag, double[] off, double lambda, double[][] found, int count,
                                     double scale) {
        int n = diag.length;
        double tiny = Math.ulp(scale) * n;
        TridiagonalLu lu = TridiagonalLu.of(diag, off, lambda, tiny);
        SplittableRandom start = new SplittableRandom(7919L * (count + 1));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start.nextDouble() - 0.5;
        }
        orthonormalise(x, found, count);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] y = lu.solve(x);
            orthonormalise(y, found, count);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(Math.abs(y[i]) - Math.abs(x[i])));
            }
            x = y;
            if (iteration >= 1 && residual(diag, off, lambda, x) <= 1e-10 * scale && change < 1e-10) {
                break;
            }
        }
        return x;
    }

    private static void orthonormalise(double[] x, double[][] found, int count) {
        // Twice: one pass of classical Gram–Schmidt can leave a component of the size of rounding times the
        // growth of inverse iteration.
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < count; j++) {
                double dot = 0;
                for (int i = 0; i < x.length; i++) {
                    dot += x[i] * found[j][i];
                }
                for (int i = 0; i < x.length; i++) {
                    x[i] -= dot * found[j][i];
                }
            }
        }
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < x.length; i++) {
            x[i] /= norm;
        }
    }

    private static double residual(double[] diag, double[] off, double lambda, double[] x) {
        int n = diag.length;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double r = (diag[i] - lambda) * x[i];
            if (i > 0) {
                r += off[i - 1] * x[i - 1];
            }
            if (i < n - 1) {
                r += off[i] * x[i + 1];
            }
            worst = Math.max(worst, Math.abs(r));
        }
        return worst;
    }

    /** LU with partial pivoting of T − λI (tridiagonal): the factors of LAPACK's dgttrf, kept in four bands. */
    private record TridiagonalLu(double[] lower, double[] diag, double[] upper, double[] upper2, boolean[] swapped) {

        static TridiagonalLu of(double[] d0, double[] off, double lambda, double tiny) {
            int n = d0.length;
            double[] dl = n > 1 ? off.clone() : new double[0];
            double[] dd = new double[n];
            double[] du = n > 1 ? off.clone() : new double[0];
            double[] du2 = new double[Math.max(0, n - 2)];
            boolean[] swapped = new boolean[Math.max(0, n - 1)];
            for (int i = 0; i < n; i++) {
                dd[i] = d0[i] - lambda;
            }
            for (int i = 0; i < n - 1; i++) {
                if (Math.abs(dd[i]) >= Math.abs(dl[i])) {
                    // No row interchange.
                    double f = dd[i] == 0 ? 0 : dl[i] / dd[i];
                    dl[i] = f;
                    dd[i + 1] -= f * du[i];
                } else {
                    double f = dd[i] / dl[i];
                    dd[i] = dl[i];
                    dl[i] = f;
                    double t = du[i];
                    du[i] = dd[i + 1];
                    dd[i + 1] = t - f * dd[i + 1];
                    if (i < n - 2) {
                        du2[i] = du[i + 1];
                        du[i + 1] = -f * du[i + 1];
                    }
                    swapped[i] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                // An exactly singular pivot (λ an eigenvalue to the last bit) is nudged: inverse iteration wants
                // a nearly singular system, not a division by zero.
                if (Math.abs(dd[i]) < tiny) {
                    dd[i] = dd[i] < 0 ? -tiny : tiny;
                }
            }
            return new TridiagonalLu(dl, dd, du, du2, swapped);
        }

        double[] solve(double[] b) {
            int n = diag.length;
            double[] x = b.clone();
            for (int i = 0; i < n - 1; i++) {
                if (swapped[i]) {
                    double t = x[i];
                    x[i] = x[i + 1];
                    x[i + 1] = t - lower[i] * x[i];
                } else {
                    x[i + 1] -= lower[i] * x[i];
                }
            }
            x[n - 1] /= diag[n - 1];
            if (n > 1) {
                x[n - 2] = (x[n - 2] - upper[n - 2] * x[n - 1]) / diag[n - 2];
            }
            for (int i = n - 3; i >= 0; i--) {
                x[i] = (x[i] - upper[i] * x[i + 1] - upper2[i] * x[i + 2]) / diag[i];
            }
            // Rescale: near an eigenvalue the solution grows by 1/|pivot|, which could overflow over iterations.
            double max = 0;
            for (double v : x) {
                max = Math.max(max, Math.abs(v));
            }
            if (max > 0 && Double.isFinite(max)) {
                for (int i = 0; i < n; i++) {
                    x[i] /= max;
                }
            }
            return x;
        }
    }
}
