package org.brainbudget.bench;

import java.util.concurrent.TimeUnit;
import org.brainbudget.theory.Assessment;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Allocation;
import org.brainbudget.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Everything {@code predict} computes for one allocation: risks, subspace law and exchange quantities. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PredictBenchmark {

    /** Channels: one per latent (per-column law) or 100 per latent (many-channel law, the slow path). */
    @Param({"20", "2000"})
    int channels;

    RiskModel model;
    Allocation allocation;

    @Setup
    public void setUp() {
        model = new RiskModel(World.withUniformSnr(200, 20, channels, 1.0, 0.5, 0.2, 5, 1.0));
        allocation = new Allocation(2000, 400);
    }

    @Benchmark
    public Assessment assessOneAllocation() {
        return Assessment.of(model, allocation);
    }
}
