package org.brainbudget.plan;

import org.brainbudget.world.Shift;
import org.brainbudget.world.World;

/**
 * One possible state of the world, such as "misalignment might be 0.4" or "the test images are more varied than
 * the training images", with the weight the lab gives it.
 *
 * @param name   how the report calls it
 * @param weight relative weight for the expected aggregate (normalized over the scenarios)
 * @param world  the world under this scenario
 * @param shift  the distribution shift under this scenario ({@link Shift#NONE} for none)
 */
public record Scenario(String name, double weight, World world, Shift shift) {

    public Scenario(String name, double weight, World world) {
        this(name, weight, world, Shift.NONE);
    }
}
