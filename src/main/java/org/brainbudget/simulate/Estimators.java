package org.brainbudget.simulate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** The exact estimators of the model, computed from the task sufficient statistics. */
final class Estimators {

    private Estimators() {
    }

    /** Ridge (XᵀX + λI)⁻¹Xᵀy; λ = 0 is OLS. */
    static DMatrixRMaj ridge(TaskExperiment task, double lambda) {
        DMatrixRMaj a = task.gram().copy();
        for (int i = 0; i < a.numRows; i++) {
            a.add(i, i, lambda);
        }
        return solveSymmetric(a, task.crossMoment());
    }

    /** argmin ‖y − Xβ‖² + λ_U‖P̂β‖² + λ_⊥‖(I − P̂)β‖² with P̂ = ÛÛᵀ. */
    static DMatrixRMaj brainRegularized(TaskExperiment task, DMatrixRMaj subspace, double lambdaInside,
                                        double lambdaOutside) {
        DMatrixRMaj a = task.gram().copy();
        for (int i = 0; i < a.numRows; i++) {
            a.add(i, i, lambdaOutside);
        }
        CommonOps_DDRM.multAddTransB(lambdaInside - lambdaOutside, subspace, subspace, a);
        return solveSymmetric(a, task.crossMoment());
    }

    /** OLS of y on Ûᵀx, mapped back: Û(ÛᵀXᵀXÛ)⁻¹ÛᵀXᵀy. */
    static DMatrixRMaj brainProjected(TaskExperiment task, DMatrixRMaj subspace) {
        int k = subspace.numCols;
        DMatrixRMaj gu = new DMatrixRMaj(task.gram().numRows, k);
        CommonOps_DDRM.mult(task.gram(), subspace, gu);
        DMatrixRMaj reducedGram = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(subspace, gu, reducedGram);
        DMatrixRMaj reducedMoment = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(subspace, task.crossMoment(), reducedMoment);
        DMatrixRMaj gamma = solveSymmetric(reducedGram, reducedMoment);
        DMatrixRMaj beta = new DMatrixRMaj(subspace.numRows, 1);
        CommonOps_DDRM.mult(subspace, gamma, beta);
        return beta;
    }

    private static DMatrixRMaj solveSymmetric(DMatrixRMaj a, DMatrixRMaj b) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(a.numRows);
        if (!solver.setA(a)) {
            solver = LinearSolverFactory_DDRM.pseudoInverse(true);
            solver.setA(a);
        }
        DMatrixRMaj x = new DMatrixRMaj(a.numRows, 1);
        solver.solve(b, x);
        return x;
    }
}
