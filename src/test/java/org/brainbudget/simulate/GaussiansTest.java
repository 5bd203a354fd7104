package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GaussiansTest {

    /** F Fᵀ must average dof·I, and its diagonal must have the χ² variance 2·dof, on both branches. */
    @ParameterizedTest
    @CsvSource({"6, 20", "6, 6", "6, 3", "10, 400"})
    void wishartFactorHasTheWishartMoments(int dim, int dof) {
        Well19937c rng = new Well19937c(11);
        int draws = 4000;
        DMatrixRMaj sum = new DMatrixRMaj(dim, dim);
        double sumSq00 = 0;
        for (int i = 0; i < draws; i++) {
            DMatrixRMaj f = Gaussians.wishartFactor(dim, dof, rng);
            DMatrixRMaj w = new DMatrixRMaj(dim, dim);
            CommonOps_DDRM.multTransB(f, f, w);
            CommonOps_DDRM.addEquals(sum, w);
            sumSq00 += w.get(dim - 1, dim - 1) * w.get(dim - 1, dim - 1);
        }
        CommonOps_DDRM.divide(sum, draws);
        double seDiagonal = Math.sqrt(2.0 * dof / draws);
        double seOffDiagonal = Math.sqrt((double) dof / draws);
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                double expected = i == j ? dof : 0;
                double se = i == j ? seDiagonal : seOffDiagonal;
                assertThat(Math.abs(sum.get(i, j) - expected)).as("entry %d,%d", i, j).isLessThan(4.5 * se);
            }
        }
        double variance = sumSq00 / draws - sum.get(dim - 1, dim - 1) * sum.get(dim - 1, dim - 1);
        assertThat(variance).isBetween(2.0 * dof * 0.85, 2.0 * dof * 1.15);
    }
}
