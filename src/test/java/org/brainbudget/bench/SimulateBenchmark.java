package org.brainbudget.bench;

import java.util.concurrent.TimeUnit;
import org.brainbudget.simulate.MonteCarlo;
import org.brainbudget.simulate.SimulationResult;
import org.brainbudget.simulate.SimulationSettings;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.Stage1Method;
import org.brainbudget.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The {@code simulate} workload of the performance target: d = 200, n_B = 2000, n_T = 400, 200 replications. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SimulateBenchmark {

    @Param({"20", "2000"})
    int channels;

    @Benchmark
    public SimulationResult twoHundredReplications() {
        World world = World.withUniformSnr(200, 20, channels, 1.0, 0.5, 0.2, 5, 1.0);
        return MonteCarlo.run(world, new Allocation(2000, 400), new SimulationSettings(200, 1, Stage1Method.OLS));
    }
}
