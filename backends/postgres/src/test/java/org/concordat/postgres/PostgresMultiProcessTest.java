package org.concordat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several processes, each with its own store and pool, on one database: concurrent writers to the
 * same records, and a writer killed at random moments.
 */
class PostgresMultiProcessTest {
    private static final int THREADS = 8;
    private static final int ATTEMPTS = 30;
    private static final int RECORDS = 3;
    private static final int KILLS = 50;

    private static String database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.newDatabase("processes");
    }

    @Test
    void two_processes_of_eight_threads_racing_on_the_same_records_lose_nothing_and_duplicate_nothing()
            throws Exception {
        String schema = "race";
        // Create the schema once, so that the racers do not also race to migrate it.
        Providers.openRecordStore(TestDatabase.config(database, schema)).close();
        List<Process> racers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (String tag : List.of("A", "B")) {
            Process p = StoreWorker.start(
                    TestDatabase.url(database),
                    schema,
                    "race",
                    tag,
                    Integer.toString(THREADS),
                    Integer.toString(ATTEMPTS),
                    Integer.toString(RECORDS));
            racers.add(p);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            outputs.add(out);
            assertThat(out.readLine()).isEqualTo("ready");
        }
        for (Process p : racers) {
            OutputStream in = p.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        List<CompletableFuture<List<String>>> lines = new ArrayList<>();
        for (BufferedReader out : outputs) {
            lines.add(CompletableFuture.supplyAsync(() -> out.lines().toList()));
        }
        Map<String, String> acknowledged = new HashMap<>(); // "id version" -> tag
        int attempts = 0;
        int conflicts = 0;
        for (int i = 0; i < racers.size(); i++) {
            assertThat(racers.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(racers.get(i).exitValue()).isZero();
            for (String line : lines.get(i).get()) {
                String[] parts = line.split(" ", 4);
                switch (parts[0]) {
                    case "ack" ->
                        assertThat(acknowledged.put(parts[1] + " " + parts[2], parts[3]))
                                .as("version %s of %s acknowledged twice", parts[2], parts[1])
                                .isNull();
                    case "done" -> {
                        attempts += Integer.parseInt(parts[1]);
                        conflicts += Integer.parseInt(parts[2]);
                    }
                    default -> throw new AssertionError("a racer reported: " + line);
                }
            }
        }
        assertThat(attempts).isEqualTo(2 * THREADS * ATTEMPTS);
        assertThat(acknowledged.size() + conflicts).isEqualTo(attempts);
        assertThat(conflicts)
                .as("the racers never collided: the test proves nothing")
                .isPositive();

        try (RecordStore store = Providers.openRecordStore(TestDatabase.config(database, schema))) {
            int stored = 0;
            for (int r = 0; r < RECORDS; r++) {
                RecordKey key = RecordKey.of("race", "r" + r);
                List<StoredRecord> history = store.history(key);
                for (int v = 0; v < history.size(); v++) {
                    StoredRecord version = history.get(v);
                    assertThat(version.version()).isEqualTo(v + 1L);
                    assertThat(new String(version.payload(), StandardCharsets.UTF_8))
                            .as("version %d of %s", version.version(), key)
                            .isEqualTo(acknowledged.get(key.id() + " " + version.version()));
                }
                stored += history.size();
            }
            assertThat(stored).isEqualTo(acknowledged.size());
        }
    }

    @Test
    void a_writer_killed_at_random_moments_leaves_only_whole_versions() throws Exception {
        String schema = "crash";
        Map<String, String> config = TestDatabase.config(database, schema);
        Providers.openRecordStore(config).close();
        RecordKey key = RecordKey.of("plan", "crash");
        Random random = new Random(20261205L);
        long acknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = StoreWorker.start(TestDatabase.url(database), schema, "write");
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("ready " + acknowledged);
                int appends = random.nextInt(20);
                for (int i = 0; i < appends; i++) {
                    acknowledged = Long.parseLong(out.readLine());
                }
            } finally {
                // Kills mid-append more often than not: the child appends as fast as it can.
                writer.destroyForcibly();
                assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            try (RecordStore store = Providers.openRecordStore(config)) {
                // A COMMIT the killed writer sent just before it died may still land on the server
                // after the kill; read until no such late commit moves the record between reads, so
                // the find below is compared with the history it belongs to.
                List<StoredRecord> history = store.history(key);
                List<StoredRecord> found = List.of();
                for (int settle = 0; settle < 50; settle++) {
                    found = history.isEmpty()
                            ? List.of()
                            : store.find(
                                    "plan",
                                    IndexTerm.of(
                                            "version",
                                            Long.toString(history.get(history.size() - 1)
                                                    .version())));
                    List<StoredRecord> again = store.history(key);
                    if (again.size() == history.size()) {
                        break;
                    }
                    history = again;
                }
                assertThat((long) history.size()).isGreaterThanOrEqualTo(acknowledged);
                for (StoredRecord r : history) {
                    assertThat(r.content()).isEqualTo(StoreWorker.payload(r.version()));
                }
                if (!history.isEmpty()) {
                    long latest = history.get(history.size() - 1).version();
                    assertThat(found)
                            .as("find by the latest version's term")
                            .extracting(StoredRecord::version)
                            .containsExactly(latest);
                }
                acknowledged = history.size();
            }
        }
        assertThat(acknowledged).isPositive();
    }
}
