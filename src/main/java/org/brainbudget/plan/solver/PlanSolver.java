package org.brainbudget.plan.solver;

import java.util.ArrayList;
import java.util.List;
import org.brainbudget.plan.Evaluation;
import org.brainbudget.plan.PlanEvaluator;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.domain.BudgetPlan;
import org.brainbudget.plan.domain.PlanContext;
import org.brainbudget.plan.domain.Purchase;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Searches the allocation space with OptaPlanner: a construction heuristic over a sample of each source's unit
 * values, late-acceptance local search over single changes, nudges and budget transfers, then hill climbing over
 * every nudge and transfer until none improves. Terminates on step counts, not on time, so that the same problem
 * and seed give the same plan on any machine.
 */
public final class PlanSolver {

    /**
     * @param seed                solver random seed
     * @param steps               local-search steps at most
     * @param unimprovedSteps     local search stops after this many steps without a better plan
     */
    public record Settings(long seed, int steps, int unimprovedSteps) {
        public static final int DEFAULT_STEPS = 4000;
        public static final int DEFAULT_UNIMPROVED_STEPS = 800;
        public static final Settings DEFAULT = withSeed(1);

        /** The default step limits with another seed. */
        public static Settings withSeed(long seed) {
            return new Settings(seed, DEFAULT_STEPS, DEFAULT_UNIMPROVED_STEPS);
        }

        public Settings {
            if (steps < 1 || unimprovedSteps < 1) {
                throw new IllegalArgumentException("step limits must be >= 1");
            }
        }
    }

    /** Values of each source tried per entity by the construction heuristic. */
    private static final long CONSTRUCTION_SAMPLE = 64;
    /** Moves evaluated at most in one local-search step. */
    private static final long MOVES_PER_STEP = 400;

    private PlanSolver() {
    }

    public static Evaluation solve(PlanEvaluator evaluator, Settings settings) {
        Problem problem = evaluator.problem();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < problem.sources().size(); i++) {
            purchases.add(new Purchase(i, problem.sources().get(i), problem.budget()));
        }
        BudgetPlan unsolved = new BudgetPlan(new PlanContext(evaluator), purchases);
        Solver<BudgetPlan> solver = SolverFactory.<BudgetPlan>create(config(settings)).buildSolver();
        BudgetPlan solved = solver.solve(unsolved);
        return evaluator.evaluate(solved.units());
    }

    static SolverConfig config(Settings settings) {
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig()
                                .withSelectionOrder(SelectionOrder.RANDOM)
                                .withSelectedCountLimit(CONSTRUCTION_SAMPLE))));
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new MoveListFactoryConfig().withMoveListFactoryClass(TransferMoveFactory.class))
                        // Random selection never runs dry; the cap ends a step in which nothing is accepted.
                        .withSelectedCountLimit(MOVES_PER_STEP))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig()
                        .withStepCountLimit(settings.steps())
                        .withUnimprovedStepCountLimit(settings.unimprovedSteps()));
        // Hill climbing over every transfer and nudge until none improves: spends the last coins.
        LocalSearchPhaseConfig polish = new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.HILL_CLIMBING)
                .withMoveSelectorConfig(new MoveListFactoryConfig()
                        .withMoveListFactoryClass(TransferMoveFactory.class)
                        .withSelectionOrder(SelectionOrder.ORIGINAL))
                .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(1));
        return new SolverConfig()
                .withSolutionClass(BudgetPlan.class)
                .withEntityClasses(Purchase.class)
                .withConstraintProviderClass(BudgetConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(settings.seed())
                .withPhases(construction, localSearch, polish);
    }
}
