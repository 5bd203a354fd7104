package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.random.Well19937c;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final World WORLD = World.withUniformSnr(40, 4, 40, 1.0, 0.5, 0.2, 2, 2.0);

    @Test
    void sameSeedGivesIdenticalResults() {
        SimulationSettings s = new SimulationSettings(40, 99, Stage1Method.OLS);
        Allocation a = new Allocation(200, 60);
        assertThat(MonteCarlo.run(WORLD, a, s)).isEqualTo(MonteCarlo.run(WORLD, a, s));
        SimulationSettings other = new SimulationSettings(40, 100, Stage1Method.OLS);
        assertThat(MonteCarlo.run(WORLD, a, other).risks()).isNotEqualTo(MonteCarlo.run(WORLD, a, s).risks());
    }

    @Test
    void worldInstanceHasTheStatedPowers() {
        WorldInstance w = WorldInstance.draw(WORLD, new Well19937c(5));
        DMatrixRMaj u = w.latentBasis();
        DMatrixRMaj t = w.misalignedBasis();
        double inside = 0;
        double inT = 0;
        for (int j = 0; j < u.numCols; j++) {
            double c = 0;
            for (int i = 0; i < u.numRows; i++) {
                c += u.get(i, j) * w.beta().get(i);
            }
            inside += c * c;
        }
        for (int j = 0; j < t.numCols; j++) {
            double c = 0;
            for (int i = 0; i < t.numRows; i++) {
                c += t.get(i, j) * w.beta().get(i);
            }
            inT += c * c;
        }
        assertThat(inside).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(inT).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        DMatrixRMaj frame = org.ejml.dense.row.CommonOps_DDRM.concatColumnsMulti(u, t);
        assertThat(MatrixFeatures_DDRM.isOrthogonal(frame, 1e-10)).isTrue();
    }

    @Test
    void stageOneLeavesTheWorldInstanceUntouched() {
        WorldInstance w = WorldInstance.draw(WORLD, new Well19937c(6));
        DMatrixRMaj before = w.latentBasis().copy();
        BrainExperiment.estimateSubspace(WORLD, w, 100, Stage1Method.CROSS_COVARIANCE, new Well19937c(7));
        BrainExperiment.estimateSubspace(WORLD, w, 100, Stage1Method.OLS, new Well19937c(7));
        assertThat(MatrixFeatures_DDRM.isIdentical(before, w.latentBasis(), 0)).isTrue();
    }

    @Test
    void withoutBrainDataBrainEstimatorsAreTaskOnly() {
        SimulationResult r = MonteCarlo.run(WORLD, new Allocation(0, 30), new SimulationSettings(30, 1, Stage1Method.OLS));
        assertThat(r.risks().get(Estimator.BRAIN_REGULARIZED)).isEqualTo(r.risks().get(Estimator.TASK_ONLY));
        assertThat(r.risks().get(Estimator.BRAIN_PROJECTED)).isEqualTo(r.risks().get(Estimator.TASK_ONLY));
        assertThat(r.effectiveMisalignment()).isNull();
    }

    /**
     * R1 and R3 are exact: OLS risk σ²d/(n − d − 1), and brain-projected risk linear in the realized m̂, so its
     * mean must match R3 at the simulated mean m̂ whatever the subspace law says.
     */
    @Test
    void exactFormulasHoldWithinMonteCarloError() {
        Allocation a = new Allocation(150, 90);
        SimulationResult r = MonteCarlo.run(WORLD, a, new SimulationSettings(2000, 3, Stage1Method.OLS));
        RiskModel model = new RiskModel(WORLD);
        Estimate ols = r.risks().get(Estimator.TASK_ONLY_OLS);
        assertThat(Math.abs(ols.zScore(model.taskOnlyOls(90).value()))).isLessThan(3.5);
        Estimate bp = r.risks().get(Estimator.BRAIN_PROJECTED);
        double m = r.effectiveMisalignment().mean();
        assertThat(Math.abs(bp.zScore(model.brainProjectedGiven(m, java.util.List.of(org.brainbudget.world.TaskArm.of(WORLD, 90))).value()))).isLessThan(3.5);
    }
}
