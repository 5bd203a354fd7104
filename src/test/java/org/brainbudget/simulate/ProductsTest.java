package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

/** The triangular kernels against EJML's dense products. */
class ProductsTest {

    @Test
    void outerEqualsEjmlOuterProduct() {
        for (int[] shape : new int[][] {{1, 1}, {2, 3}, {3, 2}, {7, 5}, {16, 33}, {31, 64}}) {
            DMatrixRMaj a = Gaussians.matrix(shape[0], shape[1], new Well19937c(shape[0] * 100 + shape[1]));
            DMatrixRMaj dense = new DMatrixRMaj(shape[0], shape[0]);
            CommonOps_DDRM.multOuter(a, dense);
            assertThat(MatrixFeatures_DDRM.isIdentical(dense, Products.outer(a), 1e-12 * shape[1]))
                    .as(shape[0] + " × " + shape[1]).isTrue();
        }
    }

    @Test
    void lowerTimesTransposeEqualsTheDenseProduct() {
        for (int n : new int[] {1, 2, 3, 5, 17, 64}) {
            DMatrixRMaj l = Gaussians.wishartFactor(n, n + 5, new Well19937c(n));
            DMatrixRMaj dense = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(l, l, dense);
            assertThat(MatrixFeatures_DDRM.isIdentical(dense, Products.lowerTimesTranspose(l), 1e-12 * n))
                    .as("n = " + n).isTrue();
        }
    }

    @Test
    void lowerTransposeTimesEqualsTheDenseProduct() {
        for (int n : new int[] {1, 2, 7, 33}) {
            Well19937c rng = new Well19937c(100 + n);
            DMatrixRMaj l = Gaussians.wishartFactor(n, n + 3, rng);
            for (boolean lowerB : new boolean[] {true, false}) {
                DMatrixRMaj b = lowerB ? Gaussians.wishartFactor(n, n + 9, rng) : Gaussians.matrix(n, 4, rng);
                DMatrixRMaj dense = new DMatrixRMaj(n, b.numCols);
                CommonOps_DDRM.multTransA(l, b, dense);
                assertThat(MatrixFeatures_DDRM.isIdentical(dense, Products.lowerTransposeTimes(l, b, lowerB),
                        1e-12 * n)).as("n = " + n + ", lower B " + lowerB).isTrue();
            }
        }
    }
}
