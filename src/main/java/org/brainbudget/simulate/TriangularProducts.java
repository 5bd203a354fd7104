package org.brainbudget.simulate;

import org.ejml.data.DMatrixRMaj;

/**
 * Products with the lower-triangular Bartlett factors that skip their zeros. EJML multiplies them as dense
 * matrices; at d = 1000 the two products below took a quarter of a replication, and skipping the zero half (a sixth
 * and a third of the dense work) is what no library call offers.
 */
final class TriangularProducts {

    private TriangularProducts() {
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
