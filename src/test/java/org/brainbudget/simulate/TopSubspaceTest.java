package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The tridiagonal route gives the SVD's top-k subspace, orthonormal, also with equal spikes. */
class TopSubspaceTest {

    @Test
    void matchesTheSvdSubspace() {
        int[][] shapes = {{5, 3, 1}, {20, 40, 3}, {60, 70, 6}, {120, 30, 4}, {200, 400, 10}};
        for (int[] shape : shapes) {
            for (boolean equalSpikes : new boolean[] {false, true}) {
                DMatrixRMaj a = spiked(shape[0], shape[1], shape[2], equalSpikes, new Well19937c(shape[0]));
                DMatrixRMaj fast = TopSubspace.of(a, shape[2]);
                DMatrixRMaj reference = svdTop(a, shape[2]);
                String what = shape[0] + " × " + shape[1] + ", k = " + shape[2] + (equalSpikes ? ", equal" : "");
                assertThat(orthonormalityError(fast)).as(what).isLessThan(1e-10);
                // Same subspace: the projections agree.
                DMatrixRMaj p1 = new DMatrixRMaj(shape[0], shape[0]);
                DMatrixRMaj p2 = new DMatrixRMaj(shape[0], shape[0]);
                CommonOps_DDRM.multTransB(fast, fast, p1);
                CommonOps_DDRM.multTransB(reference, reference, p2);
                CommonOps_DDRM.subtractEquals(p1, p2);
                assertThat(NormOps_DDRM.normF(p1)).as(what).isLessThan(1e-8);
            }
        }
    }

    /** Applying Q through EJML's stored reflectors equals multiplying by the Q EJML forms. */
    @Test
    void reflectorsApplyQ() {
        for (int n : new int[] {2, 3, 9, 40}) {
            Well19937c rng = new Well19937c(n);
            DMatrixRMaj a = Gaussians.matrix(n, n + 2, rng);
            DMatrixRMaj g = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multOuter(a, g);
            Tridiagonalisation t = new Tridiagonalisation();
            t.decompose(g);
            DMatrixRMaj z = Gaussians.matrix(n, 3, rng);
            DMatrixRMaj expected = new DMatrixRMaj(n, 3);
            CommonOps_DDRM.mult(t.getQ(null, false), z, expected);
            t.applyQ(z);
            CommonOps_DDRM.subtractEquals(z, expected);
            assertThat(NormOps_DDRM.normF(z)).as("n = " + n).isLessThan(1e-12 * n);
        }
    }

    /** Noise plus k spikes, clearly separated from the bulk (equal strengths, or 3, 4, 5 … times the edge). */
    private static DMatrixRMaj spiked(int d, int m, int k, boolean equal, Well19937c rng) {
        DMatrixRMaj a = Gaussians.matrix(d, m, rng);
        DMatrixRMaj u = WorldInstance.haarFrame(d, k, rng);
        DMatrixRMaj v = WorldInstance.haarFrame(m, k, rng);
        double edge = Math.sqrt(d) + Math.sqrt(m);
        for (int j = 0; j < k; j++) {
            double s = (equal ? 4 : 3 + j) * edge;
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < m; c++) {
                    a.add(r, c, s * u.get(r, j) * v.get(c, j));
                }
            }
        }
        return a;
    }

    private static DMatrixRMaj svdTop(DMatrixRMaj a, int k) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, false, true);
        svd.decompose(a.copy());
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, null, false);
        return CommonOps_DDRM.extract(u, 0, u.numRows, 0, k);
    }

    private static double orthonormalityError(DMatrixRMaj u) {
        DMatrixRMaj g = new DMatrixRMaj(u.numCols, u.numCols);
        CommonOps_DDRM.multTransA(u, u, g);
        for (int i = 0; i < g.numRows; i++) {
            g.add(i, i, -1);
        }
        return NormOps_DDRM.normF(g);
    }
}
