package org.brainbudget.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.brainbudget.io.ProblemReader;
import org.brainbudget.plan.Planner;
import org.brainbudget.plan.Problem;
import org.brainbudget.plan.SweepParameter;
import org.brainbudget.plan.solver.PlanSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A 40 × 40 regime map (fMRI price × misalignment) of the two-source fMRI example, as `sweep` computes it. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RegimeMapBenchmark {

    Problem problem;

    @Setup
    public void setUp() {
        problem = ProblemReader.read(Path.of("problems/fmri-visual-categorisation.yaml"));
    }

    @Benchmark
    public List<Optional<Planner.SweepPoint>> fortyByForty() {
        SweepParameter price = SweepParameter.parse("price.fMRI=1:20:40");
        SweepParameter misalignment = SweepParameter.parse("misalignment=0:0.8:40");
        Planner planner = new Planner(PlanSolver.Settings.DEFAULT, Planner.Search.OPTAPLANNER);
        List<Double> prices = price.values();
        List<Double> ms = misalignment.values();
        return IntStream.range(0, prices.size() * ms.size()).parallel()
                .mapToObj(i -> planner.sweepPoint(misalignment.apply(price.apply(problem, prices.get(i / ms.size())),
                        ms.get(i % ms.size()))))
                .toList();
    }
}
