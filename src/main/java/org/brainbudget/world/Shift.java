package org.brainbudget.world;

/**
 * Variance multipliers of the three direction groups (brain subspace U, misaligned subspace T, the nuisance rest)
 * for the task's training inputs, the test inputs, and the brain experiment's stimuli. Covariances are
 * block-diagonal in those groups; all ones is no shift.
 */
public record Shift(Multipliers train, Multipliers test, Multipliers brainStimulus) {

    /** Variance multiplier per direction group. */
    public record Multipliers(double brain, double misaligned, double nuisance) {
        public static final Multipliers ONE = new Multipliers(1, 1, 1);

        public Multipliers {
            if (!(brain > 0) || !(misaligned > 0) || !(nuisance > 0)
                    || Double.isInfinite(brain) || Double.isInfinite(misaligned) || Double.isInfinite(nuisance)) {
                throw new IllegalArgumentException("variance multipliers must be finite and > 0");
            }
        }

        public boolean isIdentity() {
            return brain == 1 && misaligned == 1 && nuisance == 1;
        }
    }

    public static final Shift NONE = new Shift(Multipliers.ONE, Multipliers.ONE, Multipliers.ONE);

    public boolean isNone() {
        return train.isIdentity() && test.isIdentity() && brainStimulus.isIdentity();
    }
}
