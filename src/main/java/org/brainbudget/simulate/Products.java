package org.brainbudget.simulate;

import org.ejml.data.DMatrixRMaj;

/**
 * The simulator's large matrix products, written for its shapes. EJML multiplies the lower-triangular Bartlett
 * factors as dense matrices (skipping their zero half does a sixth and a third of the dense work), and its outer
 * product A Aᵀ adds one product at a time, which leaves the processor waiting on each addition; four rows at a time
 * give four independent sums and use each loaded element four times. At d = 1000 these products were over half of a replication.
 */
final class Products {

    private Products() {
    }

    /** A Aᵀ (symmetric, so the lower half is computed and mirrored). */
    static DMatrixRMaj outer(DMatrixRMaj a) {
        int n = a.numRows;
        int m = a.numCols;
        double[] x = a.data;
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        double[] g = out.data;
        int i = 0;
        // Four rows of A against each row j: every loaded element of row j serves four sums.
        for (; i + 3 < n; i += 4) {
            int r0 = i * m;
            int r1 = r0 + m;
            int r2 = r1 + m;
            int r3 = r2 + m;
            for (int j = 0; j <= i + 3; j++) {
                int rj = j * m;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int c = 0; c < m; c++) {
                    double y = x[rj + c];
                    s0 += x[r0 + c] * y;
                    s1 += x[r1 + c] * y;
                    s2 += x[r2 + c] * y;
                    s3 += x[r3 + c] * y;
                }
                double[] sums = {s0, s1, s2, s3};
                for (int r = 0; r < 4; r++) {
                    if (j <= i + r) {
                        g[(i + r) * n + j] = sums[r];
                        g[j * n + i + r] = sums[r];
                    }
                }
            }
        }
        for (; i < n; i++) {
            int r0 = i * m;
            for (int j = 0; j <= i; j++) {
                int rj = j * m;
                double s = 0;
                for (int c = 0; c < m; c++) {
                    s += x[r0 + c] * x[rj + c];
                }
                g[i * n + j] = s;
                g[j * n + i] = s;
            }
        }
        return out;
    }

    /** L Lᵀ for a square lower-triangular L: inner products of row prefixes, the lower half mirrored. */
    static DMatrixRMaj lowerTimesTranspose(DMatrixRMaj l) {
        int n = l.numRows;
        if (l.numCols != n) {
            throw new IllegalArgumentException("square factor expected, got " + n + " × " + l.numCols);
        }
        double[] a = l.data;
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        double[] g = out.data;
        for (int i = 0; i < n; i++) {
            int rowI = i * n;
            for (int j = 0; j <= i; j++) {
                int rowJ = j * n;
                // Four partial sums break the chain of dependent additions.
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                int m = 0;
                for (; m + 3 <= j; m += 4) {
                    s0 += a[rowI + m] * a[rowJ + m];
                    s1 += a[rowI + m + 1] * a[rowJ + m + 1];
                    s2 += a[rowI + m + 2] * a[rowJ + m + 2];
                    s3 += a[rowI + m + 3] * a[rowJ + m + 3];
                }
                for (; m <= j; m++) {
                    s0 += a[rowI + m] * a[rowJ + m];
                }
                double s = (s0 + s1) + (s2 + s3);
                g[rowI + j] = s;
                g[rowJ + i] = s;
            }
        }
        return out;
    }

    /**
     * Lᵀ B for a square lower-triangular L and a B with as many rows; {@code lowerB} says B is square lower
     * triangular too, so that its zeros are skipped as well. Row m of B, scaled by L[m][i], is added to row i of the
     * result for every i ≤ m: contiguous loops that the JIT vectorises.
     */
    static DMatrixRMaj lowerTransposeTimes(DMatrixRMaj l, DMatrixRMaj b, boolean lowerB) {
        int n = l.numRows;
        if (l.numCols != n || b.numRows != n || (lowerB && b.numCols != n)) {
            throw new IllegalArgumentException("shapes " + n + " × " + l.numCols + " and " + b.numRows + " × " + b.numCols);
        }
        int c = b.numCols;
        double[] a = l.data;
        double[] bd = b.data;
        DMatrixRMaj out = new DMatrixRMaj(n, c);
        double[] o = out.data;
        for (int m = 0; m < n; m++) {
            int width = lowerB ? m + 1 : c;
            int rowB = m * c;
            for (int i = 0; i <= m; i++) {
                double factor = a[m * n + i];
                if (factor == 0) {
                    continue;
                }
                int rowO = i * c;
                for (int j = 0; j < width; j++) {
                    o[rowO + j] += factor * bd[rowB + j];
                }
            }
        }
        return out;
    }
}
