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

        /** Each multiplier raised to {@code power}: 0 removes the shift, 2 doubles it on a log scale. */
        public Multipliers pow(double power) {
            return new Multipliers(Math.pow(brain, power), Math.pow(misaligned, power), Math.pow(nuisance, power));
        }
    }

    public static final Shift NONE = new Shift(Multipliers.ONE, Multipliers.ONE, Multipliers.ONE);

    /** The shift scaled on a log scale (see {@link Multipliers#pow}). */
    public Shift scaled(double power) {
        return new Shift(train.pow(power), test.pow(power), brainStimulus.pow(power));
    }

    public boolean isNone() {
        return train.isIdentity() && test.isIdentity() && brainStimulus.isIdentity();
    }
}
