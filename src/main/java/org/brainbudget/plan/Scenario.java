package org.brainbudget.plan;

import org.brainbudget.world.World;

/**
 * One possible state of the world, such as "misalignment might be 0.4", with the weight the lab gives it.
 *
 * @param name   how the report calls it
 * @param weight relative weight for the expected aggregate (normalized over the scenarios)
 * @param world  the world under this scenario
 */
public record Scenario(String name, double weight, World world) {
}
