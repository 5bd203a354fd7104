package org.brainbudget.validation;

import org.brainbudget.simulate.Estimate;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;

/**
 * Closed form beside simulation at one point. The simulator is run with the stage-1 method the theory chose, so
 * both describe the same estimator.
 */
public record Agreement(AgreementGrid.Point point, SubspaceRecovery.Prediction recovery, SimulationResult simulated,
                        double taskOnly, double brainRegularized, double brainProjected) {

    /** Agreement: within this relative error ... */
    public static final double RELATIVE_TOLERANCE = 0.05;
    /** ... or within this many standard errors where the simulation is noisier. */
    public static final double Z_TOLERANCE = 3;

    public static Agreement compare(AgreementGrid.Point point, int reps, long seed) {
        World world = point.world();
        Allocation a = point.allocation();
        RiskModel model = new RiskModel(world);
        SubspaceRecovery.Prediction recovery = model.recovery(a.brainSamples());
        SimulationResult sim = MonteCarlo.run(world, a, new SimulationSettings(reps, seed, recovery.method()));
        return new Agreement(point, recovery, sim, model.taskOnly(a.taskSamples()),
                model.brainRegularized(a.brainSamples(), a.taskSamples()),
                model.brainProjected(a.brainSamples(), a.taskSamples()).value());
    }

    public Estimate simulated(Estimator e) {
        return simulated.risks().get(e);
    }

    /** Whether {@code predicted} agrees with {@code simulated} by the project's rule. */
    public static boolean agrees(double predicted, Estimate simulated) {
        return Math.abs(predicted / simulated.mean() - 1) <= RELATIVE_TOLERANCE
                || Math.abs(simulated.zScore(predicted)) <= Z_TOLERANCE;
    }
}
