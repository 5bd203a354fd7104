package org.brainbudget.simulate;

import java.util.Map;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;

/**
 * What a Monte Carlo study measured.
 *
 * @param design                the data simulated (sample counts are whole numbers)
 * @param risks                 mean excess test risk of each estimator that has a finite risk here
 * @param effectiveMisalignment mean m̂ = ‖(I − P̂)β*‖²/S of the estimated subspace (absent without brain data)
 */
public record SimulationResult(Design design, SimulationSettings settings, Map<Estimator, Estimate> risks,
                               Estimate effectiveMisalignment) {
}
