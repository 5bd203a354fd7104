package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;

/** The grid of a what-if sweep over one or two parameters, and the problems it stands for. */
public final class Sweep {

    private Sweep() {
    }

    /** Every combination of the parameters' values, the first parameter varying slowest. */
    public static List<double[]> grid(List<SweepParameter> parameters) {
        if (parameters.isEmpty() || parameters.size() > 2) {
            throw new IllegalArgumentException("one or two parameters, got " + parameters.size());
        }
        List<double[]> grid = new ArrayList<>();
        List<Double> first = parameters.get(0).values();
        List<Double> second = parameters.size() > 1 ? parameters.get(1).values() : List.of(Double.NaN);
        for (double a : first) {
            for (double b : second) {
                grid.add(parameters.size() > 1 ? new double[] {a, b} : new double[] {a});
            }
        }
        return grid;
    }

    /** The problem at each grid point. */
    public static List<Problem> problems(Problem problem, List<SweepParameter> parameters, List<double[]> grid) {
        List<Problem> problems = new ArrayList<>();
        for (double[] values : grid) {
            Problem p = problem;
            for (int i = 0; i < parameters.size(); i++) {
                p = parameters.get(i).apply(p, values[i]);
            }
            problems.add(p);
        }
        return problems;
    }
}
