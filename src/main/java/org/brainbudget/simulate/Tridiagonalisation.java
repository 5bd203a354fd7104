package org.brainbudget.simulate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.hessenberg.TridiagonalDecompositionHouseholder_DDRM;

/**
 * EJML's Householder tridiagonalisation T = QᵀGQ, with Q applied to a few vectors instead of formed: forming the
 * d × d Q took a seventh of a replication at d = 1000, applying it to k vectors costs d²k.
 */
final class Tridiagonalisation extends TridiagonalDecompositionHouseholder_DDRM {

    /** Q z for a d × k matrix z, in place: Q = H_0 H_1 ⋯ H_{d−2}, the reflectors stored in QT's rows. */
    void applyQ(DMatrixRMaj z) {
        double[] qt = getQT().data;
        int n = N;
        int k = z.numCols;
        double[] zd = z.data;
        double[] dots = new double[k];
        for (int j = n - 2; j >= 0; j--) {
            double gamma = gammas[j + 1];
            if (gamma == 0) {
                continue;
            }
            // Reflector j: w[j+1] = 1, w[i] = QT[j][i] for i > j + 1; H = I − γ w wᵀ.
            java.util.Arrays.fill(dots, 0);
            int rowW = j * n;
            for (int i = j + 1; i < n; i++) {
                double w = i == j + 1 ? 1 : qt[rowW + i];
                int rowZ = i * k;
                for (int c = 0; c < k; c++) {
                    dots[c] += w * zd[rowZ + c];
                }
            }
            for (int i = j + 1; i < n; i++) {
                double w = i == j + 1 ? 1 : qt[rowW + i];
                int rowZ = i * k;
                for (int c = 0; c < k; c++) {
                    zd[rowZ + c] -= gamma * w * dots[c];
                }
            }
        }
    }
}
