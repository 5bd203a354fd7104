package org.brainbudget.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainbudget.simulate.PilotGenerator;
import org.brainbudget.world.PilotData;
import org.brainbudget.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calibration checked by simulation: 100 synthetic pilots drawn from each of three known worlds, each calibrated
 * with 200 bootstrap resamples. The 90% intervals must cover the truth in 80–97 of the 100 pilots, for every
 * continuous parameter; the latent dimension must be selected exactly in at least 95 of 100.
 */
class CalibrationCoverageTest {

    static final int PILOTS = 100;
    static final int RESAMPLES = 200;

    record Case(String name, World world, int brainRows, int taskRows) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> worlds() {
        return List.of(
                new Case("d=20 k=3 p=30 distinct SNR", new World(20, 3, 30, 1.0, 0.5, 0.2, 1, List.of(6.0, 4.0, 2.0)), 300, 200),
                new Case("d=30 k=4 p=k", new World(30, 4, 4, 2.0, 1.0, 0.1, 1, List.of(8.0, 5.0, 3.0, 1.5)), 400, 300),
                new Case("d=25 k=2 p=60 m=0.4", new World(25, 2, 60, 1.0, 1.0, 0.4, 1, List.of(10.0, 3.0)), 250, 250));
    }

    @ParameterizedTest
    @MethodSource("worlds")
    void ninetyPercentIntervalsCoverTheTruth(Case c) {
        World w = c.world();
        Map<String, Integer> covered = new LinkedHashMap<>();
        int exactRank = 0;
        for (int i = 0; i < PILOTS; i++) {
            PilotData pilot = PilotGenerator.draw(w, c.brainRows(), c.taskRows(), 1000 + i);
            Calibration cal = Calibration.run(pilot, RESAMPLES, 0.9, 77 + i);
            if (cal.point().latentDim() == w.latentDim()) {
                exactRank++;
            } else {
                continue;
            }
            count(covered, "taskSignal", cal.taskSignal().contains(w.taskSignal()));
            count(covered, "taskNoise", cal.taskNoise().contains(w.taskNoise()));
            count(covered, "misalignment", cal.misalignment().contains(w.misalignment()));
            for (int j = 0; j < w.latentDim(); j++) {
                count(covered, "neuralSnr[" + j + "]", cal.neuralSnr().get(j).contains(w.neuralSnr().get(j)));
            }
        }
        System.out.println(c + ": exact rank " + exactRank + "/" + PILOTS + ", coverage " + covered);
        assertThat(exactRank).as("latent dimension selected exactly").isGreaterThanOrEqualTo(95);
        int calibrated = exactRank;
        covered.forEach((name, hits) -> assertThat(hits * 100.0 / calibrated).as(c + " " + name + " coverage %")
                .isBetween(80.0, 97.0));
    }

    private static void count(Map<String, Integer> covered, String name, boolean hit) {
        covered.merge(name, hit ? 1 : 0, Integer::sum);
    }
}
