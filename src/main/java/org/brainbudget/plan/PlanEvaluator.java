package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.theory.ShiftedRisk;
import org.brainbudget.theory.SubspaceRecovery;
import org.brainbudget.world.BrainArm;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
import org.brainbudget.world.TaskArm;
import org.brainbudget.world.World;

/**
 * Turns units per source into cost and risk under every scenario. The subspace law, the expensive part, is cached
 * per scenario and brain sample counts, since a search revisits the same brain allocations many times.
 */
public final class PlanEvaluator {

    private final Problem problem;
    private final List<RiskModel> models;
    private final Map<List<Object>, SubspaceRecovery.Prediction> recoveryCache;
    private final java.util.concurrent.atomic.AtomicReference<double[]> optimaCache =
            new java.util.concurrent.atomic.AtomicReference<>();

    public PlanEvaluator(Problem problem) {
        this(problem, problem.scenarios().stream().map(s -> new RiskModel(s.world())).toList(),
                new ConcurrentHashMap<>());
    }

    private PlanEvaluator(Problem problem, List<RiskModel> models,
                          Map<List<Object>, SubspaceRecovery.Prediction> recoveryCache) {
        this.problem = problem;
        this.models = models;
        this.recoveryCache = recoveryCache;
    }

    /**
     * The same problem with other sources of the same kinds and data (other prices, or brain sources left out
     * by buying none), sharing the subspace-law cache, which depends on sample counts only.
     */
    public PlanEvaluator withProblem(Problem changed) {
        return new PlanEvaluator(changed, models, recoveryCache);
    }

    public Problem problem() {
        return problem;
    }

    public double cost(int[] units) {
        double total = 0;
        for (int i = 0; i < units.length; i++) {
            total += problem.sources().get(i).cost(units[i]);
        }
        return total;
    }

    /** The data the allocation yields in a scenario: purchased plus already collected samples. */
    public Design design(int scenario, int[] units) {
        World world = problem.scenarios().get(scenario).world();
        List<BrainArm> brain = new ArrayList<>();
        List<TaskArm> task = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            Source s = problem.sources().get(i);
            double samples = (double) s.samples(units[i]) + s.alreadyCollected();
            if (s.kind() == SourceKind.BRAIN) {
                brain.add(new BrainArm(samples, s.neuralSnr() != null ? s.neuralSnr() : world.neuralSnr(),
                        s.channels() != null ? s.channels() : world.channels()));
            } else {
                task.add(new TaskArm(samples, s.taskNoise() != null ? s.taskNoise() : world.taskNoise()));
            }
        }
        return new Design(brain, task);
    }

    public Evaluation evaluate(int[] units) {
        int scenarios = problem.scenarios().size();
        List<Map<Estimator, Risk>> risks = new ArrayList<>(scenarios);
        List<Design> designs = new ArrayList<>(scenarios);
        List<SubspaceRecovery.Prediction> recoveries = new ArrayList<>(scenarios);
        for (int s = 0; s < scenarios; s++) {
            Design design = design(s, units);
            SubspaceRecovery.Prediction recovery = recovery(s, design);
            designs.add(design);
            recoveries.add(recovery);
            Scenario scenario = problem.scenarios().get(s);
            risks.add(scenarioRisks(scenario, models.get(s), design, recovery));
        }
        Estimator best = null;
        double bestRisk = Double.POSITIVE_INFINITY;
        for (Estimator e : problem.estimators()) {
            double[] values = new double[scenarios];
            for (int s = 0; s < scenarios; s++) {
                Risk r = risks.get(s).get(e);
                values[s] = r.isDefined() ? r.value() : Double.POSITIVE_INFINITY;
            }
            double aggregate = problem.aggregate().of(problem.scenarios(), values, scenarioOptima());
            if (best == null || aggregate < bestRisk) {
                best = e;
                bestRisk = aggregate;
            }
        }
        return new Evaluation(units.clone(), cost(units), best, bestRisk, risks, designs, recoveries);
    }

    /**
     * Every estimator's risk in a scenario: the closed forms, or where they do not cover a shifted design, the
     * surrogate that steers the search (the planner simulates the recommendation there).
     */
    static Map<Estimator, Risk> scenarioRisks(Scenario scenario, RiskModel model, Design design,
                                              SubspaceRecovery.Prediction recovery) {
        if (scenario.shift().isNone()) {
            return model.risks(design, recovery);
        }
        return ShiftedRisk.notModelled(design, scenario.shift()) == null
                ? ShiftedRisk.risks(scenario.world(), design, scenario.shift(), recovery)
                : ShiftedRisk.surrogate(scenario.world(), design, scenario.shift(), recovery);
    }

    private SubspaceRecovery.Prediction recovery(int scenario, Design design) {
        if (design.recordedBrain().isEmpty()) {
            return null;
        }
        List<Object> key = new ArrayList<>();
        key.add(scenario);
        for (BrainArm a : design.brain()) {
            key.add(a.samples());
        }
        return recoveryCache.computeIfAbsent(key, k -> models.get(scenario).recovery(design.brain()));
    }

    /**
     * Each scenario's best achievable risk within the budget (planned on its own, exactly where the enumerator
     * applies): the reference of minimax-regret, computed once. Null for the other aggregates.
     */
    private double[] scenarioOptima() {
        if (problem.aggregate() != Aggregate.MINIMAX_REGRET) {
            return null;
        }
        double[] cached = optimaCache.get();
        if (cached == null) {
            cached = new double[problem.scenarios().size()];
            for (int s = 0; s < cached.length; s++) {
                Problem alone = new Problem(problem.world(), problem.sources(), problem.budget(), problem.currency(),
                        Objective.MINIMIZE_RISK, Double.NaN, List.of(problem.scenarios().get(s)), Aggregate.EXPECTED,
                        problem.estimators());
                PlanEvaluator evaluator = new PlanEvaluator(alone);
                Evaluation best = ExactEnumerator.isQuick(evaluator)
                        ? new ExactEnumerator(evaluator).solve().orElseThrow()
                        : org.brainbudget.plan.solver.PlanSolver.solve(evaluator,
                                org.brainbudget.plan.solver.PlanSolver.Settings.DEFAULT);
                cached[s] = best.aggregateRisk();
            }
            optimaCache.compareAndSet(null, cached);
        }
        return optimaCache.get();
    }

    /** Aggregated risk of the best allowed estimator (convenience for searches). */
    public double risk(int[] units) {
        return evaluate(units).aggregateRisk();
    }

    @Override
    public String toString() {
        return "PlanEvaluator" + Arrays.toString(problem.sources().stream().map(Source::name).toArray());
    }
}
