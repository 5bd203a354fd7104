package org.brainbudget.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several brain modalities pooled and several label sources combined by weighted least squares: the closed form
 * against simulation, with the project's tolerance (5% or 3 standard errors).
 */
class PooledSourcesAgreementTest {

    private static final World SMALL = World.withUniformSnr(60, 6, 6, 1.0, 0.5, 0.2, 1, 3);
    private static final World LARGE = World.withUniformSnr(100, 10, 10, 1.0, 0.5, 0.1, 1, 1);

    private static List<Double> snr(int k, double value) {
        return Collections.nCopies(k, value);
    }

    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of("two label sources", SMALL, new Design(List.of(BrainArm.of(SMALL, 300)),
                        List.of(new TaskArm(40, 0.2), new TaskArm(80, 2.0)))),
                Arguments.of("two label sources, no brain data", SMALL, new Design(List.of(),
                        List.of(new TaskArm(40, 0.2), new TaskArm(80, 2.0)))),
                Arguments.of("two modalities, one channel per latent", SMALL, new Design(
                        List.of(new BrainArm(200, snr(6, 2), 6), new BrainArm(400, snr(6, 0.5), 6)),
                        List.of(new TaskArm(50, 0.5)))),
                Arguments.of("two many-channel modalities", LARGE, new Design(
                        List.of(new BrainArm(1500, snr(10, 10), 1000), new BrainArm(1500, snr(10, 10), 1000)),
                        List.of(new TaskArm(60, 0.5)))),
                Arguments.of("voxels and electrodes, expert and crowd labels", SMALL, new Design(
                        List.of(new BrainArm(2000, snr(6, 3), 600), new BrainArm(2000, snr(6, 1), 60)),
                        List.of(new TaskArm(40, 0.3), new TaskArm(100, 1.5)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void closedFormMatchesSimulation(String name, World world, Design design) {
        RiskModel model = new RiskModel(world);
        SubspaceRecovery.Prediction recovery = model.recovery(design.brain());
        assertThat(recovery.regime().isChecked()).isTrue();
        Map<Estimator, Risk> predicted = model.risks(design);
        SimulationResult sim = MonteCarlo.run(world, design, new SimulationSettings(300, 11, recovery.methods()));
        for (Estimator e : List.of(Estimator.TASK_ONLY, Estimator.BRAIN_PROJECTED, Estimator.BRAIN_REGULARIZED)) {
            TheoryAgreementTest.assertAgrees(e.key(), predicted.get(e).value(), sim.risks().get(e));
        }
        if (sim.effectiveMisalignment() != null) {
            TheoryAgreementTest.assertAgrees("m̂", recovery.expectedMisalignment(), sim.effectiveMisalignment());
        }
    }
}
