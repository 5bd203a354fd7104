package org.brainbudget.plan;

import java.util.List;
import java.util.Optional;

/**
 * The reference optimum by enumeration, for problems with up to three sources.
 *
 * <p>Every allowed estimator's risk is non-increasing in task samples, so one task source (the last) needs no
 * enumeration: under minimize-risk it takes the most units the money left affords, under minimize-cost the fewest
 * that reach the target (by bisection). Every combination of the other sources' units is tried.
 */
public final class ExactEnumerator {

    /** Beyond this many combinations the enumeration is refused rather than left to run for hours. */
    public static final long MAX_COMBINATIONS = 20_000_000L;
    /** Up to this many combinations an enumeration takes well under a second: exact where it is that cheap. */
    public static final long QUICK_COMBINATIONS = 20_000L;

    private final PlanEvaluator evaluator;
    private final Problem problem;
    private final int free;

    public ExactEnumerator(PlanEvaluator evaluator) {
        this.evaluator = evaluator;
        this.problem = evaluator.problem();
        if (problem.sources().size() > 3) {
            throw new IllegalArgumentException("the exact enumerator handles up to three sources");
        }
        int lastTask = -1;
        for (int i = 0; i < problem.sources().size(); i++) {
            if (problem.sources().get(i).kind() == SourceKind.TASK) {
                lastTask = i;
            }
        }
        if (lastTask < 0) {
            throw new IllegalArgumentException("a plan needs a task source");
        }
        this.free = lastTask;
    }

    /**
     * Whether the enumerator applies to the problem (at most three sources, one of them a task source) and
     * visits at most {@link #QUICK_COMBINATIONS}: the one rule by which re-plans choose enumeration over search.
     */
    public static boolean isQuick(PlanEvaluator evaluator) {
        Problem p = evaluator.problem();
        return p.sources().size() <= 3 && !p.taskSources().isEmpty()
                && new ExactEnumerator(evaluator).combinations() <= QUICK_COMBINATIONS;
    }

    /** Number of combinations the enumeration visits. */
    public long combinations() {
        long n = 1;
        for (int i = 0; i < problem.sources().size(); i++) {
            if (i != free) {
                Source s = problem.sources().get(i);
                n *= Math.max(0, UnitBounds.upper(s, problem.budget()) - s.minUnits() + 1);
            }
        }
        return n;
    }

    /** The optimum, or empty when no allocation is feasible (for minimize-cost: none reaches the target). */
    public Optional<Evaluation> solve() {
        if (combinations() > MAX_COMBINATIONS) {
            throw new IllegalStateException("too many combinations to enumerate: " + combinations());
        }
        List<Source> sources = problem.sources();
        int[] units = new int[sources.size()];
        Evaluation[] best = new Evaluation[1];
        enumerate(0, units, 0.0, best);
        return Optional.ofNullable(best[0]);
    }

    private void enumerate(int index, int[] units, double spent, Evaluation[] best) {
        List<Source> sources = problem.sources();
        if (index == sources.size()) {
            completeFreeSource(units, spent, best);
            return;
        }
        if (index == free) {
            enumerate(index + 1, units, spent, best);
            return;
        }
        Source s = sources.get(index);
        int hi = UnitBounds.upper(s, problem.budget() - spent);
        for (int u = s.minUnits(); u <= hi; u++) {
            units[index] = u;
            double cost = s.cost(u);
            if (spent + cost <= problem.budget() + 1e-9) {
                enumerate(index + 1, units, spent + cost, best);
            }
        }
        units[index] = 0;
    }

    private void completeFreeSource(int[] units, double spent, Evaluation[] best) {
        Source s = problem.sources().get(free);
        int lo = s.minUnits();
        int hi = UnitBounds.upper(s, problem.budget() - spent);
        if (lo > hi || spent + s.cost(lo) > problem.budget() + 1e-9) {
            return;
        }
        if (problem.objective() == Objective.MINIMIZE_RISK) {
            units[free] = hi;
            offer(evaluator.evaluate(units), best);
        } else {
            units[free] = hi;
            if (evaluator.risk(units) > problem.targetRisk()) {
                return;
            }
            int a = lo;
            int b = hi;
            while (a < b) {
                int mid = (a + b) >>> 1;
                units[free] = mid;
                if (evaluator.risk(units) <= problem.targetRisk()) {
                    b = mid;
                } else {
                    a = mid + 1;
                }
            }
            units[free] = a;
            offer(evaluator.evaluate(units), best);
        }
        units[free] = 0;
    }

    private void offer(Evaluation candidate, Evaluation[] best) {
        if (best[0] == null || better(candidate, best[0])) {
            best[0] = candidate;
        }
    }

    /** Lower objective first; ties go to the lower cost, then the lower risk. */
    boolean better(Evaluation a, Evaluation b) {
        if (problem.objective() == Objective.MINIMIZE_RISK) {
            if (a.aggregateRisk() != b.aggregateRisk()) {
                return a.aggregateRisk() < b.aggregateRisk();
            }
            return a.cost() < b.cost();
        }
        if (a.cost() != b.cost()) {
            return a.cost() < b.cost();
        }
        return a.aggregateRisk() < b.aggregateRisk();
    }
}
