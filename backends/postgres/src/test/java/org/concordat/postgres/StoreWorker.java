package org.concordat.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;

/**
 * A second (or third) process for the multi-process tests: opens its own store on the database
 * given and then either races appends ({@code race}) or appends one record as fast as it can
 * ({@code write}) until killed.
 *
 * <p>Arguments: URL, schema, mode, then for {@code race}: a tag naming this process, threads,
 * attempts per thread and the number of records. Output lines: {@code ready}, then {@code ack KEY
 * VERSION TAG} per acknowledged append, {@code error CLASS} per unexpected failure and {@code done
 * ATTEMPTS CONFLICTS} at the end ({@code race}); or one version number per acknowledged append
 * ({@code write}).
 */
public final class StoreWorker {
    private StoreWorker() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("concordat.store", "postgres");
        config.put("postgres.url", args[0]);
        config.put("postgres.user", TestDatabase.ROLE);
        config.put("postgres.password-env", TestDatabase.PASSWORD_ENV);
        config.put("postgres.schema", args[1]);
        config.put("postgres.pool-size", "8");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (RecordStore store = Providers.openRecordStore(config)) {
            if (args[2].equals("write")) {
                write(store, out);
            } else {
                race(
                        store,
                        out,
                        args[3],
                        Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]),
                        Integer.parseInt(args[6]));
            }
        }
    }

    /** The draft the crash test's writer appends as {@code version}: payload and term name it. */
    static RecordDraft payload(long version) {
        byte[] bytes = ("version " + version + " ").repeat(2000).getBytes(StandardCharsets.UTF_8);
        return RecordDraft.of(
                1,
                "text/plain",
                bytes,
                Set.of(IndexTerm.of("version", Long.toString(version))),
                "writer",
                Instant.EPOCH.plusSeconds(version));
    }

    /** The draft a racing writer appends: its payload is the writer's unique tag. */
    static RecordDraft tagged(String tag) {
        return RecordDraft.of(1, "text/plain", tag.getBytes(StandardCharsets.UTF_8), Set.of(), "racer", Instant.EPOCH);
    }

    private static void write(RecordStore store, PrintStream out) {
        RecordKey key = RecordKey.of("plan", "crash");
        long version = store.latest(key).map(StoredRecord::version).orElse(0L);
        out.println("ready " + version);
        out.flush();
        while (true) {
            version = store.append(key, version, payload(version + 1));
            out.println(version);
            out.flush();
        }
    }

    private static void race(RecordStore store, PrintStream out, String tag, int threads, int attempts, int records)
            throws IOException, InterruptedException {
        out.println("ready");
        out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine(); // "go"
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < attempts; i++) {
                        RecordKey key = RecordKey.of("race", "r" + ((thread + i) % records));
                        String mine = tag + ":" + thread + ":" + i;
                        tried.incrementAndGet();
                        try {
                            long current =
                                    store.latest(key).map(StoredRecord::version).orElse(0L);
                            long version = store.append(key, current, tagged(mine));
                            synchronized (out) {
                                out.println("ack " + key.id() + " " + version + " " + mine);
                            }
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        } catch (RuntimeException e) {
                            synchronized (out) {
                                out.println("error " + e.getClass().getName() + " " + e.getMessage());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            started.add(worker);
            worker.start();
        }
        done.await();
        for (Thread t : started) {
            t.join();
        }
        synchronized (out) {
            out.println("done " + tried.get() + " " + conflicts.get());
            out.flush();
        }
    }

    /** Starts this test class path in a new JVM running {@link StoreWorker} with {@code args}. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                "-Xmx128m",
                // A short-lived writer: start fast rather than run fast.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StoreWorker.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
