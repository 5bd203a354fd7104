package org.brainbudget.bench;

import java.util.concurrent.TimeUnit;
import org.brainbudget.theory.Risk;
import org.brainbudget.theory.RiskModel;
import org.brainbudget.world.Design;
import org.brainbudget.world.Estimator;
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

/**
 * Closed-form risk evaluations per second: what the planner's search computes for every allocation it looks at
 * (the subspace law for the brain samples, then every estimator's risk), one brain and one task source.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RiskEvaluationBenchmark {

    /** Channels: one per latent (per-column law) or 100 per latent (many-channel law, the slow path). */
    @Param({"20", "2000"})
    int channels;

    RiskModel model;
    Design design;

    @Setup
    public void setUp() {
        World world = World.withUniformSnr(200, 20, channels, 1.0, 0.5, 0.2, 5, 1.0);
        model = new RiskModel(world);
        design = Design.of(world, 2000, 400);
    }

    @Benchmark
    public java.util.Map<Estimator, Risk> evaluateOneAllocation() {
        return model.risks(design, model.recovery(design.brain()));
    }
}
