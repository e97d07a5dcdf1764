package org.concordat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import org.concordat.plan.PartnershipPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving and loading a 17-school plan through the facade, in the memory and file stores. A save is
 * a new version on top of the latest (JSON encoding, index terms, append; for the file store a
 * temporary file, fsync and rename); a load decodes the latest version. Plans are unchanged between
 * saves, so no notification is sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class FacadeStoreBenchmark {
    @Param({"memory", "file"})
    public String store;

    private Path directory;
    private Concordat concordat;
    private PartnershipPlan plan;
    private long version;

    /** Opens the store and saves the plan once. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("concordat-bench");
        concordat = Concordat.builder()
                .config(Map.of("concordat.store", store, "directory", directory.toString()))
                .notifier(n -> {})
                .build();
        plan = SeventeenSchools.plan();
        version = concordat.plans().create(plan).version();
    }

    /** Closes the store and deletes its directory. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        concordat.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One save of the 17-school plan as the next version. */
    @Benchmark
    public long save() {
        version = concordat.plans().save(plan, version).version();
        return version;
    }

    /** One load of the latest version. */
    @Benchmark
    public PlanVersion load() {
        return concordat.plans().load("seventeen").orElseThrow();
    }
}
