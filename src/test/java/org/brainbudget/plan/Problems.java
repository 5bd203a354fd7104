package org.brainbudget.plan;

import java.util.List;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;

/** Small problems for the planner tests. */
public final class Problems {

    private Problems() {
    }

    public static final List<Estimator> ALL = List.of(Estimator.TASK_ONLY, Estimator.BRAIN_PROJECTED,
            Estimator.BRAIN_REGULARIZED);

    public static Problem of(World world, double budget, Source... sources) {
        return new Problem(world, List.of(sources), budget, "USD", Objective.MINIMIZE_RISK, Double.NaN,
                List.of(new Scenario("base", 1, world)), Aggregate.EXPECTED, ALL);
    }

    public static Source sessions(String name, SourceKind kind, int size, double perSession, double fixed) {
        return new Source(name, kind, 0, size, perSession, fixed, 0, Integer.MAX_VALUE, 0, null, null, null);
    }
}
