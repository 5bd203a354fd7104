package org.brainbudget.theory;

import org.brainbudget.world.World;

/** Worlds used across the theory tests. */
final class Worlds {

    private Worlds() {
    }

    static World of(int d, int k, int p, double m, double snr) {
        return World.withUniformSnr(d, k, p, 1.0, 0.5, m, 1, snr);
    }
}
