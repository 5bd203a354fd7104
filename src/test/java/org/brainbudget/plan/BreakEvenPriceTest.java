package org.brainbudget.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brainbudget.plan.solver.PlanSolver;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

/** The break-even brain price rises with alignment and with the recording SNR. */
class BreakEvenPriceTest {

    private static double breakEven(World world) {
        Source brain = Source.perSample("brain", SourceKind.BRAIN, 2);
        Source task = Source.perSample("labels", SourceKind.TASK, 10);
        Problem problem = Problems.of(world, 20000, brain, task);
        PlanResult r = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.EXACT).plan(problem);
        return r.breakEvenBrainPrice().get("brain");
    }

    @Test
    void risesWithAlignment() {
        double previous = 0;
        for (double m : List.of(0.6, 0.3, 0.1, 0.0)) {
            double price = breakEven(World.withUniformSnr(200, 10, 10, 1.0, 0.5, m, 1, 3));
            assertThat(price).as("misalignment %s", m).isGreaterThan(previous);
            previous = price;
        }
    }

    @Test
    void risesWithSnr() {
        double previous = 0;
        for (double snr : List.of(0.5, 1.0, 3.0, 10.0)) {
            double price = breakEven(World.withUniformSnr(200, 10, 10, 1.0, 0.5, 0.1, 1, snr));
            assertThat(price).as("SNR %s", snr).isGreaterThan(previous);
            previous = price;
        }
    }
}
