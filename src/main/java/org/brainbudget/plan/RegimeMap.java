package org.brainbudget.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where brain data pays: the optimum's share of spending on brain data over a grid of brain prices (a factor on the
 * first brain source's prices) and misalignments (set in every scenario).
 *
 * @param brainShare [price index][misalignment index]; NaN where a cost target cannot be met
 */
public record RegimeMap(String brainSource, List<Double> priceFactors, List<Double> misalignments,
                        double[][] brainShare) {

    /** Empty when the problem has no brain source. */
    public static java.util.Optional<RegimeMap> of(Planner planner, Problem problem, List<Double> priceFactors,
                                                   List<Double> misalignments) {
        int brain = problem.firstIndexOf(SourceKind.BRAIN);
        if (brain < 0) {
            return java.util.Optional.empty();
        }
        int index = brain;
        int columns = misalignments.size();
        double[] shares = IntStream.range(0, priceFactors.size() * columns).parallel().mapToDouble(cell -> {
            List<Source> priced = new ArrayList<>(problem.sources());
            priced.set(index, priced.get(index).withPriceFactor(priceFactors.get(cell / columns)));
            double m = misalignments.get(cell % columns);
            Problem moved = problem.withSources(priced).withWorlds(w -> w.withMisalignment(m));
            return planner.sweepPoint(moved).map(Planner.SweepPoint::brainShare).orElse(Double.NaN);
        }).toArray();
        double[][] grid = new double[priceFactors.size()][columns];
        for (int cell = 0; cell < shares.length; cell++) {
            grid[cell / columns][cell % columns] = shares[cell];
        }
        return java.util.Optional.of(new RegimeMap(problem.sources().get(brain).name(), List.copyOf(priceFactors),
                List.copyOf(misalignments), grid));
    }
}
