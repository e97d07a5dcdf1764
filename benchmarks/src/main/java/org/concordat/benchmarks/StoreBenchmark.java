package org.concordat.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.StoredRecord;
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
 * The record store SPI on its own, without the facade's JSON codec: {@code append}, {@code latest}
 * and {@code find} on the embedded {@code memory} and {@code file} stores, opened by name through
 * {@link Providers} and ServiceLoader as an adopter would. Every record carries a 20 KB JSON-like
 * payload and three index terms; the store holds {@value #KEYS} such records before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class StoreBenchmark {
    /** Records in the store before measuring, for {@code find}. */
    static final int KEYS = 1_000;

    /** Records carrying each {@code school=} term, so {@code find} returns this many. */
    static final int PER_SCHOOL = 10;

    /**
     * Versions appended to one record before {@link #append} moves to a fresh store, so that the
     * in-memory store (which keeps every version, about 20 KB each) cannot fill the heap.
     */
    static final long ROTATE_AFTER = 2_000;

    /** Payload size in bytes, at least. */
    static final int PAYLOAD_BYTES = 20 * 1024;

    private static final Instant TIME = Instant.parse("2026-09-01T08:30:00.123456Z");

    @Param({"memory", "file"})
    public String store;

    private Path directory;
    private RecordStoreProvider provider;
    private RecordStore records;
    private int generation;
    private RecordDraft draft;
    private RecordKey hot;
    private long version;
    private IndexTerm school;

    /** Opens the store by name in a new temporary directory and fills it with {@value #KEYS} records. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("concordat-store-bench");
        provider = Providers.recordStoreProvider(Map.of(RecordStoreProvider.SELECTOR, store));
        records = openFresh();
        byte[] payload = payload();
        for (int i = 0; i < KEYS; i++) {
            records.append(
                    RecordKey.of("plan", String.format("plan-%04d", i)), RecordStore.NO_VERSION, draft(payload, i));
        }
        hot = RecordKey.of("plan", "plan-0000");
        draft = draft(payload, 0);
        version = records.latest(hot).orElseThrow().version();
        school = IndexTerm.of("school", Integer.toString(KEYS / PER_SCHOOL / 2));
    }

    /** Closes the store and deletes the temporary directory. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        records.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * One new version of an existing record, appended with the right expected version. Every
     * {@value #ROTATE_AFTER} versions the store is closed and a fresh one opened (for {@code file}
     * in a new subdirectory), and that one append creates the record instead.
     */
    @Benchmark
    public long append() {
        if (version >= ROTATE_AFTER) {
            records.close();
            records = openFresh();
            version = RecordStore.NO_VERSION;
        }
        version = records.append(hot, version, draft);
        return version;
    }

    /** The latest version of one record. */
    @Benchmark
    public Optional<StoredRecord> latest() {
        return records.latest(hot);
    }

    /** The {@value #PER_SCHOOL} records among {@value #KEYS} whose latest version carries one term. */
    @Benchmark
    public List<StoredRecord> find() {
        return records.find("plan", school);
    }

    private RecordStore openFresh() {
        Path dir = directory.resolve("store-" + generation++);
        return provider.open(Map.of(RecordStoreProvider.SELECTOR, store, "directory", dir.toString()));
    }

    private static RecordDraft draft(byte[] payload, int i) {
        Set<IndexTerm> terms = Set.of(
                IndexTerm.of("urn", Integer.toString(100_000 + i)),
                IndexTerm.of("school", Integer.toString(i / PER_SCHOOL)),
                IndexTerm.of("phase", i % 2 == 0 ? "primary" : "secondary"));
        return RecordDraft.of(1, "application/json", payload, terms, "benchmark", TIME);
    }

    /** A JSON-like document of at least {@value #PAYLOAD_BYTES} bytes: a list of activities. */
    static byte[] payload() {
        StringBuilder json = new StringBuilder("{\"id\":\"plan-0000\",\"activities\":[");
        for (int i = 0; json.length() < PAYLOAD_BYTES; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":")
                    .append(i)
                    .append(",\"urn\":")
                    .append(100_000 + i % 17)
                    .append(",\"title\":\"Joint CPD session ")
                    .append(i)
                    .append(" — Ysgol Gymraeg\",\"date\":\"2026-10-")
                    .append(String.format(Locale.ROOT, "%02d", 1 + i % 28))
                    .append("\",\"status\":\"PLANNED\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
