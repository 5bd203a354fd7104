package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The budget line through a recommendation: the first brain source's purchase varied from nothing to all the money
 * the recommendation spends on it and the first task source, the rest of that money on labels of the first task
 * source, every other source as recommended.
 *
 * @param brainSource name of the varied brain source
 * @param taskSource  name of the task source that takes the remaining money
 * @param points      along the line, by brain samples (existing data included in the sample counts)
 * @param optimum     the recommendation itself, which lies on the line
 */
public record BudgetLine(String brainSource, String taskSource, List<Point> points, Point optimum) {

    /**
     * @param brainSamples     brain samples of the varied source (bought and already collected)
     * @param taskSamples      samples of the first task source
     * @param risk             aggregated risk of the best allowed estimator
     * @param marginalRate     labels one more brain sample is worth (NaN without brain data)
     * @param averageRate      the brain data's total worth in labels per brain sample (NaN without brain data)
     */
    public record Point(long brainSamples, long taskSamples, double risk, double marginalRate, double averageRate) {
    }

    /** Empty when the problem has no brain source. */
    public static java.util.Optional<BudgetLine> through(Problem problem, Evaluation recommendation, int steps) {
        int brain = problem.firstIndexOf(SourceKind.BRAIN);
        int task = problem.firstIndexOf(SourceKind.TASK);
        if (brain < 0) {
            return java.util.Optional.empty();
        }
        Source b = problem.sources().get(brain);
        Source t = problem.sources().get(task);
        int[] units = recommendation.units();
        double money = b.cost(units[brain]) + t.cost(units[task]);
        int most = Math.min(UnitBounds.upper(b, money - t.cost(t.minUnits())), b.maxUnits());
        TreeSet<Integer> brainUnits = new TreeSet<>();
        for (int i = 0; i < steps; i++) {
            brainUnits.add((int) Math.round((double) most * i / Math.max(1, steps - 1)));
        }
        brainUnits.add(units[brain]);
        PlanEvaluator evaluator = new PlanEvaluator(problem);
        List<Point> points = new ArrayList<>();
        Point optimum = null;
        for (int u : brainUnits) {
            if (u != 0 && u < b.minUnits()) {
                continue;
            }
            int[] at = units.clone();
            at[brain] = u;
            at[task] = u == units[brain] ? units[task] : Math.min(UnitBounds.upper(t, money - b.cost(u)), t.maxUnits());
            if (at[task] < t.minUnits()) {
                continue;
            }
            Point point = point(problem, evaluator.evaluate(at), b, t, u, at[task]);
            points.add(point);
            if (u == units[brain]) {
                optimum = point;
            }
        }
        return java.util.Optional.of(new BudgetLine(b.name(), t.name(), points, optimum));
    }

    private static Point point(Problem problem, Evaluation e, Source b, Source t, int brainUnits, int taskUnits) {
        long brainSamples = b.samples(brainUnits) + b.alreadyCollected();
        double worth = BrainDataWorth.valueOfBrainData(problem, e);
        return new Point(brainSamples, t.samples(taskUnits) + t.alreadyCollected(), e.aggregateRisk(),
                BrainDataWorth.marginalExchangeRate(problem, e),
                brainSamples > 0 ? worth / brainSamples : Double.NaN);
    }
}
