package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The what-if analyses built on re-planning: the budget frontier and the sensitivity of a recommendation. */
public final class WhatIf {

    private static final int BREAK_EVEN_STEPS = 12;

    private WhatIf() {
    }

    /**
     * One budget of the frontier.
     *
     * @param optimalRisk    risk of the optimal mix
     * @param taskOnlyRisk   risk of the best task-only allocation
     * @param brainHeavyRisk risk when three quarters of the budget go to the first brain source and the rest to
     *                       the first task source (NaN without a brain source)
     * @param brainShare     the optimal mix's share of spending on brain data
     */
    public record FrontierPoint(double budget, double optimalRisk, double taskOnlyRisk, double brainHeavyRisk,
                                double brainShare) {
    }

    /** The frontier at the given budgets, and the smallest budget at which the optimum buys brain data (or NaN). */
    public record Frontier(List<FrontierPoint> points, double brainStartsToPay) {
    }

    /** {@code points} budgets from {@code from} to {@code to}, spaced geometrically. */
    public static List<Double> geometricBudgets(double from, double to, int points) {
        List<Double> budgets = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            budgets.add(from * Math.pow(to / from, (double) i / (points - 1)));
        }
        return budgets;
    }

    public static Frontier frontier(Planner planner, Problem problem, List<Double> budgets) {
        List<FrontierPoint> points = IntStream.range(0, budgets.size()).parallel()
                .mapToObj(i -> point(planner, problem.withBudget(budgets.get(i)))).toList();
        double start = Double.NaN;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).brainShare() > 0) {
                if (i == 0) {
                    start = points.get(0).budget();
                } else {
                    double lo = points.get(i - 1).budget();
                    double hi = points.get(i).budget();
                    for (int step = 0; step < BREAK_EVEN_STEPS; step++) {
                        double mid = Math.sqrt(lo * hi);
                        if (buysBrain(planner, problem.withBudget(mid))) {
                            hi = mid;
                        } else {
                            lo = mid;
                        }
                    }
                    start = hi;
                }
                break;
            }
        }
        return new Frontier(points, start);
    }

    private static boolean buysBrain(Planner planner, Problem p) {
        return planner.sweepPoint(p).map(x -> x.brainShare() > 0).orElse(false);
    }

    private static FrontierPoint point(Planner planner, Problem p) {
        Optional<Planner.SweepPoint> x = planner.sweepPoint(p);
        double heavy = brainHeavy(p);
        return x.map(s -> new FrontierPoint(p.budget(), s.optimum().aggregateRisk(), s.baselineRisk(), heavy,
                s.brainShare())).orElse(new FrontierPoint(p.budget(), Double.NaN, Double.NaN, heavy, Double.NaN));
    }

    /** Three quarters of the budget on the first brain source, the rest on the first task source, within caps. */
    private static double brainHeavy(Problem p) {
        int brain = p.firstIndexOf(SourceKind.BRAIN);
        int task = p.firstIndexOf(SourceKind.TASK);
        if (brain < 0) {
            return Double.NaN;
        }
        int[] units = new int[p.sources().size()];
        Source b = p.sources().get(brain);
        units[brain] = Math.min(UnitBounds.upper(b, 0.75 * p.budget()), b.maxUnits());
        Source t = p.sources().get(task);
        units[task] = Math.min(UnitBounds.upper(t, p.budget() - b.cost(units[brain])), t.maxUnits());
        return new PlanEvaluator(p).risk(units);
    }

    /**
     * One row of a sensitivity analysis.
     *
     * @param parameter       what was moved
     * @param factor          by how much (1 = as in the file)
     * @param units           the recommendation for the moved problem
     * @param risk            its risk
     * @param currentPlanRisk risk under the moved problem of the file's recommendation, kept as spending per source
     * @param regret          currentPlanRisk − risk: what keeping the current recommendation would cost
     */
    public record Sensitivity(String parameter, double factor, int[] units, double risk, double currentPlanRisk,
                              double regret) {
    }

    /** Each uncertain parameter moved by factors 1 − range … 1 + range; the current plan's regret at each. */
    public static List<Sensitivity> sensitivity(Planner planner, Problem problem, double range, int steps) {
        int[] current = planner.sweepPoint(problem).orElseThrow().optimum().units();
        double[] spend = new double[current.length];
        for (int i = 0; i < current.length; i++) {
            spend[i] = problem.sources().get(i).cost(current[i]);
        }
        List<String> parameters = new ArrayList<>(List.of("misalignment", "neuralSnr", "taskNoise"));
        for (Source s : problem.sources()) {
            parameters.add("price." + s.name());
        }
        List<Object[]> cases = new ArrayList<>();
        for (String name : parameters) {
            for (int i = 0; i < steps; i++) {
                double factor = steps == 1 ? 1 : 1 - range + 2 * range * i / (steps - 1);
                cases.add(new Object[] {name, factor});
            }
        }
        return cases.parallelStream().map(c -> {
            String name = (String) c[0];
            double factor = (Double) c[1];
            Problem moved = move(problem, name, factor);
            Planner.SweepPoint best = planner.sweepPoint(moved).orElseThrow();
            // Keeping the plan means keeping its spending per source: at other prices that buys other amounts.
            int[] kept = new int[current.length];
            for (int i = 0; i < kept.length; i++) {
                kept[i] = spend[i] > 0 ? UnitBounds.upper(moved.sources().get(i), spend[i] + 1e-9) : 0;
            }
            double currentRisk = new PlanEvaluator(moved).risk(kept);
            return new Sensitivity(name, factor, best.optimum().units(), best.optimum().aggregateRisk(), currentRisk,
                    currentRisk - best.optimum().aggregateRisk());
        }).toList();
    }

    private static Problem move(Problem p, String name, double factor) {
        return switch (name) {
            case "misalignment" -> p.withWorlds(w -> w.withMisalignment(Math.min(1, w.misalignment() * factor)));
            case "neuralSnr" -> p.withWorlds(w -> w.withSnrScaled(factor));
            case "taskNoise" -> p.withWorlds(w -> w.withTaskNoise(w.taskNoise() * factor));
            default -> {
                String source = name.substring("price.".length());
                List<Source> sources = p.sources().stream()
                        .map(s -> s.name().equals(source) ? s.withPriceFactor(factor) : s).toList();
                yield p.withSources(sources);
            }
        };
    }
}
