package org.brainbudget.plan;

import java.util.List;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.World;

/**
 * A planning problem: the world, where samples can be bought and at what price, the budget, the objective and
 * the scenarios to plan across.
 *
 * @param world      the base world (scenarios override it)
 * @param sources    brain and task sources, in file order
 * @param budget     most the lab can spend, in {@code currency}
 * @param targetRisk risk to reach for {@link Objective#MINIMIZE_COST}, NaN otherwise
 * @param scenarios  at least one; a file without scenarios has one named "base" with the base world
 * @param estimators estimators the lab is willing to use
 */
public record Problem(World world, List<Source> sources, double budget, String currency, Objective objective,
                      double targetRisk, List<Scenario> scenarios, Aggregate aggregate, List<Estimator> estimators) {

    public Problem {
        sources = List.copyOf(sources);
        scenarios = List.copyOf(scenarios);
        estimators = List.copyOf(estimators);
    }

    public List<Source> brainSources() {
        return sources.stream().filter(s -> s.kind() == SourceKind.BRAIN).toList();
    }

    public List<Source> taskSources() {
        return sources.stream().filter(s -> s.kind() == SourceKind.TASK).toList();
    }

    /** Index in {@link #sources()} of the first source of that kind, or −1 when there is none. */
    public int firstIndexOf(SourceKind kind) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    public Problem withSources(List<Source> replaced) {
        return new Problem(world, replaced, budget, currency, objective, targetRisk, scenarios, aggregate, estimators);
    }

    public Problem withBudget(double newBudget) {
        return new Problem(world, sources, newBudget, currency, objective, targetRisk, scenarios, aggregate, estimators);
    }

    /** The same change applied to the base world and every scenario's world. */
    public Problem withWorlds(java.util.function.UnaryOperator<World> change) {
        List<Scenario> changed = scenarios.stream()
                .map(s -> new Scenario(s.name(), s.weight(), change.apply(s.world()), s.shift())).toList();
        return new Problem(change.apply(world), sources, budget, currency, objective, targetRisk, changed, aggregate,
                estimators);
    }

    public Problem withScenarios(List<Scenario> replaced) {
        return new Problem(world, sources, budget, currency, objective, targetRisk, replaced, aggregate, estimators);
    }
}
