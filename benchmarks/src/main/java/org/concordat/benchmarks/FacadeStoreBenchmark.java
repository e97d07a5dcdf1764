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
import org.concordat.rules.Rulebooks;
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
 * Saving and loading a 17-school plan through the facade, in the memory and file stores, with and
 * without a required rulebook. A save is a new version on top of the latest; the plan is unchanged
 * between saves (so no notification is sent, and the facade reuses the bytes and the day's
 * validation it kept from the previous save); for the file store each version is a temporary file,
 * fsync and rename. A load returns the latest version, kept decoded since it was saved.
 *
 * <p>{@link #save} is timed in batches: each iteration opens a fresh store holding version 1 (not
 * timed), then times {@value #SAVES_PER_STORE} saves, so its score in milliseconds per operation is
 * microseconds per save. Every version is kept, so in one long-lived store the memory store's heap
 * would grow by the plan's 60 KB a save and the benchmark would measure the garbage collector.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class FacadeStoreBenchmark {
    /** Saves into one store before a fresh one is opened. */
    static final int SAVES_PER_STORE = 1_000;

    @Param({"memory", "file"})
    public String store;

    /** {@code none}, or the rulebook the facade requires ({@code stem-partnership}). */
    @Param({"none", "stem-partnership"})
    public String rulebook;

    private Path root;
    private int stores;
    private Path directory;
    private Concordat concordat;
    private PartnershipPlan plan;
    private long version;

    /** Makes the temporary directory. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        root = Files.createTempDirectory("concordat-bench");
        plan = SeventeenSchools.plan();
    }

    /** Closes the last iteration's facade, and opens one on a new, empty store holding the plan as version 1. */
    @Setup(Level.Iteration)
    public void fresh() throws IOException {
        if (concordat != null) {
            concordat.close();
        }
        directory = Files.createDirectory(root.resolve("store-" + stores++));
        Concordat.Builder builder = Concordat.builder()
                .config(Map.of("concordat.store", store, "directory", directory.toString()))
                .notifier(n -> {});
        if (!rulebook.equals("none")) {
            builder.requireRulebook(Rulebooks.named(rulebook));
        }
        concordat = builder.build();
        version = concordat.plans().create(plan).version();
    }

    /** Closes the store and deletes its directory. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        concordat.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * {@value #SAVES_PER_STORE} saves of the 17-school plan, unchanged, each as the next version:
     * milliseconds per operation read as microseconds per save.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public long save() {
        for (int i = 0; i < SAVES_PER_STORE; i++) {
            version = concordat.plans().save(plan, version).version();
        }
        return version;
    }

    /** One load of the latest version. */
    @Benchmark
    public PlanVersion load() {
        return concordat.plans().load("seventeen").orElseThrow();
    }
}
