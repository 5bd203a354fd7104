package org.brainbudget.validation;

import java.util.List;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.World;

/**
 * The grid on which closed form and simulation are compared: 18 worlds spanning d 20–300, k 2–30, channels k to
 * 100k, m 0–0.6, SNR 0.3–10, n_B 1 to 20d and n_T from k + 5 to 4d. {@code brainbudget check} prints the table
 * that docs/THEORY.md quotes; the tests assert on the same points.
 */
public final class AgreementGrid {

    /** One world and allocation of the grid. */
    public record Point(World world, Allocation allocation) {
        @Override
        public String toString() {
            World w = world;
            return String.format(java.util.Locale.ROOT, "d=%d k=%d p=%d m=%.1f snr=%.1f nB=%d nT=%d",
                    w.inputDim(), w.latentDim(), w.channels(), w.misalignment(), w.snr(0),
                    allocation.brainSamples(), allocation.taskSamples());
        }
    }

    private AgreementGrid() {
    }

    private static Point point(int d, int k, int p, double m, double snr, int nB, int nT) {
        return new Point(World.withUniformSnr(d, k, p, 1.0, 0.5, m, 1, snr), new Allocation(nB, nT));
    }

    public static List<Point> points() {
        return List.of(
                point(20, 2, 2, 0.0, 1, 1, 7),
                point(20, 2, 200, 0.3, 10, 400, 40),
                point(50, 5, 5, 0.1, 3, 100, 30),
                point(50, 5, 50, 0.2, 1, 500, 100),
                point(100, 10, 10, 0.0, 10, 300, 50),
                point(100, 5, 500, 0.2, 10, 670, 60),
                point(100, 10, 100, 0.4, 0.3, 2000, 200),
                point(100, 3, 3, 0.6, 2, 150, 400),
                point(150, 15, 150, 0.1, 5, 1000, 100),
                point(200, 20, 20, 0.2, 1, 2000, 400),
                point(200, 30, 300, 0.3, 10, 4000, 100),
                point(300, 30, 30, 0.1, 3, 3000, 300),
                point(300, 10, 1000, 0.2, 10, 6000, 600),
                point(300, 2, 200, 0.5, 10, 600, 1200),
                point(80, 8, 8, 0.0, 0.3, 40, 20),
                point(60, 6, 600, 0.2, 1, 30, 30),
                point(250, 25, 250, 0.3, 2, 5000, 250),
                point(40, 4, 400, 0.0, 10, 800, 160));
    }

    /**
     * Points near the detectability threshold (many channels, modest SNR), where the law is flagged as unchecked:
     * simulation recovers more of the subspace than the law, so the law must err on the conservative side.
     */
    public static List<Point> nearThreshold() {
        return List.of(
                point(100, 5, 50, 0.2, 0.3, 300, 60),
                point(100, 5, 500, 0.2, 1, 670, 100),
                point(100, 5, 100, 0.2, 1, 150, 100),
                point(200, 20, 2000, 0.2, 0.5, 2000, 400),
                point(50, 10, 1000, 0.2, 10, 200, 60));
    }
}
