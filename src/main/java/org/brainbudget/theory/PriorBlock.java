package org.brainbudget.theory;

/**
 * One block of a block-isotropic Gaussian prior: {@code dim} directions sharing total signal power {@code power}.
 */
public record PriorBlock(double dim, double power) {
    public PriorBlock {
        if (!(dim >= 0) || !(power >= 0)) {
            throw new IllegalArgumentException("block needs dim >= 0 and power >= 0, got " + dim + ", " + power);
        }
    }
}
