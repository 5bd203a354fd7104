package org.brainbudget.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.PlanResult;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.solver.PlanSolver;

/**
 * {@code plan} on every example problem, OptaPlanner (the default search) beside exact enumeration: wall time in
 * this JVM after one warm-up plan (best of three; the command adds about 0.7 s of JVM start) and the two optima's
 * risks. Prints one JSON object per line.
 */
public final class PlanTiming {

    private PlanTiming() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args.length > 0 ? args[0] : "problems"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        Planner search = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.OPTAPLANNER);
        Planner exact = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.EXACT);
        for (Path file : files) {
            Problem problem = ProblemReader.read(file);
            double[] optaplanner = time(search, problem);
            double[] enumerated = problem.sources().size() <= 3 ? time(exact, problem) : new double[] {Double.NaN, Double.NaN};
            System.out.printf(Locale.ROOT, "{\"problem\": \"%s\", \"optaplanner_seconds\": %.3f, \"exact_seconds\": %.3f,"
                            + " \"optaplanner_risk\": %.6g, \"exact_risk\": %.6g, \"exact_over_optaplanner_time\": %.2f}%n",
                    file.getFileName(), optaplanner[0], enumerated[0], optaplanner[1], enumerated[1],
                    enumerated[0] / optaplanner[0]);
        }
    }

    /** Best wall time of three plans after a warm-up, and the plan's risk. */
    private static double[] time(Planner planner, Problem problem) {
        PlanResult result = planner.plan(problem);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            result = planner.plan(problem);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new double[] {best, result.aggregateRisk()};
    }
}
