package io.kube4j.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmarks whose informers or watches read a local {@link io.kube4j.benchmarks.server.FixtureServer}:
 * subclasses open {@link #local} in their {@code @Setup}; every iteration ends the watches the server
 * holds (so the next one starts clean) and the trial closes clients and server.
 */
@State(Scope.Benchmark)
public abstract class ServedBenchmark {
    LocalClient local;

    @TearDown(Level.Iteration)
    public void releaseWatches() {
        local.server.releaseWatches();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        local.close();
    }
}
