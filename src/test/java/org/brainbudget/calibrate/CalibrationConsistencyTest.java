package org.brainbudget.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.brainbudget.simulate.PilotGenerator;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;

/** The estimates are consistent: their error shrinks as the pilot grows (40 pilots per size, known world). */
class CalibrationConsistencyTest {

    private static final World WORLD = new World(20, 3, 30, 1.0, 0.5, 0.25, 1, List.of(5.0, 3.0, 1.5));
    private static final int PILOTS = 40;

    @Test
    void rootMeanSquareErrorFallsAsThePilotGrows() {
        double[][] previous = null;
        for (int rows : new int[] {100, 400, 1600}) {
            double[][] errors = errors(rows);
            System.out.printf(Locale.ROOT, "pilot %d rows: RMSE S %.4f, σ² %.4f, m %.4f, SNR %.4f %.4f %.4f%n", rows,
                    errors[0][0], errors[0][1], errors[0][2], errors[0][3], errors[0][4], errors[0][5]);
            if (previous != null) {
                for (int j = 0; j < errors[0].length; j++) {
                    // Four times the rows should halve the error; with 40 pilots the RMSE itself is uncertain by
                    // about 11%, so demand at least a quarter off.
                    assertThat(errors[0][j]).as("parameter " + j + " at " + rows + " rows")
                            .isLessThan(0.75 * previous[0][j]);
                }
            }
            previous = errors;
        }
    }

    private static double[][] errors(int rows) {
        List<ToDoubleFunction<Calibrator.Estimate>> parameters = List.of(Calibrator.Estimate::taskSignal,
                Calibrator.Estimate::taskNoise, Calibrator.Estimate::misalignment, e -> e.neuralSnr()[0],
                e -> e.neuralSnr()[1], e -> e.neuralSnr()[2]);
        double[] truth = {WORLD.taskSignal(), WORLD.taskNoise(), WORLD.misalignment(), WORLD.neuralSnr().get(0),
                WORLD.neuralSnr().get(1), WORLD.neuralSnr().get(2)};
        double[] sum = new double[truth.length];
        int exact = 0;
        for (int i = 0; i < PILOTS; i++) {
            // The errors are those at the true dimension; how often it is selected is checked on its own.
            Calibrator.Estimate e = Calibrator.estimate(PilotGenerator.draw(WORLD, rows, rows, 500 + i),
                    WORLD.latentDim());
            if (e.detectedDim() == WORLD.latentDim()) {
                exact++;
            }
            for (int j = 0; j < truth.length; j++) {
                double err = parameters.get(j).applyAsDouble(e) - truth[j];
                sum[j] += err * err;
            }
        }
        assertThat(exact).as("latent dimension selected exactly at " + rows + " rows").isGreaterThanOrEqualTo(36);
        double[] rmse = new double[truth.length];
        for (int j = 0; j < truth.length; j++) {
            rmse[j] = Math.sqrt(sum[j] / PILOTS);
        }
        return new double[][] {rmse};
    }
}
