package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.event.PlanEvent;
import org.concordat.event.PlanEvents;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves plan versions and dispatches their notifications to a real loopback HTTP
 * receiver, at random moments, 50 times. The receiver counts deliveries by id and answers one
 * request in eight with a 503, so failed deliveries are left pending too. After each kill, the
 * latest plan version has all its notifications and the next version's do not exist (appended
 * together or not at all); after the last, a final dispatch must deliver every recorded
 * notification at least once, deliver nothing that is not recorded (so nothing went out under a
 * second id), and every version must have its notifications.
 */
class OutboxKillTest {
    private static final int KILLS = 50;

    @TempDir
    Path directory;

    private HttpServer receiver;
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Random random = new Random(20261205L);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Random answers = new Random(7);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("notification-id");
            boolean refuse;
            synchronized (answers) {
                refuse = answers.nextInt(8) == 0;
            }
            if (refuse || id == null || !body.startsWith(id + "\n")) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(refuse ? 503 : 400, -1);
            } else {
                delivered.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private Process worker(String... extra) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"));
        command.addAll(List.of(extra));
        command.addAll(List.of(OutboxKillWorker.class.getName(), directory.toString(), uri().toString()));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** The ids of the notifications saving version {@code v} causes. */
    private static Set<String> causedBy(long v) {
        PartnershipPlan example = Fixtures.example();
        Optional<PartnershipPlan> before =
                v == 1 ? Optional.empty() : Optional.of(OutboxKillWorker.plan(example, v - 1));
        Set<String> ids = new HashSet<>();
        for (PlanEvent e : PlanEvents.changes(before, OutboxKillWorker.plan(example, v))) {
            ids.add(OutboxRecords.id(Outbox.savedCause(e, v)));
        }
        return ids;
    }

    @Test
    void a_saver_and_dispatcher_killed_at_random_moments_loses_no_notification_and_sends_none_under_a_new_id()
            throws Exception {
        long started = System.nanoTime();
        long acknowledged = 0;
        long startup = 0;
        int killedBetween = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long t0 = System.nanoTime();
            Process w = worker();
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(w.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("ready");
                startup += System.nanoTime() - t0;
                int lines = random.nextInt(5);
                for (int i = 0; i < lines; i++) {
                    String line = out.readLine();
                    if (line != null && line.startsWith("saved ")) {
                        acknowledged = Long.parseLong(line.substring(6));
                    }
                }
                // A random pause (up to 40 ms, a few saves) so the kill lands anywhere in a save or a
                // dispatch, not only just after a line was printed.
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(40_000)));
            } finally {
                w.destroyForcibly();
                assertThat(w.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            try (RecordStore store = FileRecordStore.open(directory)) {
                long latest = store.latest(RecordKey.of("plan", OutboxKillWorker.PLAN_ID))
                        .map(r -> r.version())
                        .orElse(0L);
                assertThat(latest)
                        .as("versions acknowledged before kill " + kill)
                        .isGreaterThanOrEqualTo(acknowledged);
                Set<String> recorded = ids(store);
                if (latest > 0) {
                    assertThat(recorded)
                            .as("notifications of version " + latest)
                            .containsAll(causedBy(latest));
                }
                Set<String> unsaved = causedBy(latest + 1);
                unsaved.retainAll(recorded);
                assertThat(unsaved)
                        .as("notifications of version " + (latest + 1) + ", never saved")
                        .isEmpty();
                if (latest > acknowledged) {
                    killedBetween++;
                }
                acknowledged = latest;
            }
        }

        // Recovery: a final dispatch, a day later so every failed delivery is due again.
        Fixtures.HandClock later = new Fixtures.HandClock(Instant.now().plus(Duration.ofDays(1)));
        try (Concordat c = Concordat.builder()
                .store(FileRecordStore.open(directory))
                .notifier("http", new HttpPostNotifier(uri()))
                .clock(later)
                .build()) {
            for (int round = 0; round < 20 && !c.pending().isEmpty(); round++) {
                c.dispatch();
                later.set(later.instant().plus(Outbox.LONGEST_WAIT));
            }
            assertThat(c.pending()).isEmpty();
            Set<String> recorded = ids(c.store());
            long versions =
                    c.plans().load(OutboxKillWorker.PLAN_ID).orElseThrow().version();
            Set<String> caused = new HashSet<>();
            for (long v = 1; v <= versions; v++) {
                caused.addAll(causedBy(v));
            }
            // Every version has its notifications, and every notification its version.
            assertThat(recorded).isEqualTo(caused);
            // None lost: every one delivered at least once.
            assertThat(delivered.keySet()).containsAll(recorded);
            // None under a new id: nothing delivered that was not recorded.
            assertThat(recorded).containsAll(delivered.keySet());
            for (String id : recorded) {
                assertThat(c.outboxEntry(id).orElseThrow().status()).isEqualTo("DELIVERED");
            }
            long duplicates =
                    delivered.values().stream().filter(n -> n.get() > 1).count();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            System.out.printf(
                    "OutboxKillTest: %d kills, %d plan versions, %d notifications, %d delivered more than once"
                            + " (same id), %d refused with 503, %d kills between an append and its acknowledgement,"
                            + " %d s (%d ms to start a worker on average)%n",
                    KILLS,
                    versions,
                    recorded.size(),
                    duplicates,
                    refused.get(),
                    killedBetween,
                    seconds,
                    TimeUnit.NANOSECONDS.toMillis(startup / KILLS));
            assertThat(versions).isGreaterThan(KILLS / 2);
            assertThat(refused.get()).isPositive();
        }
    }

    private static Set<String> ids(RecordStore store) {
        Set<String> ids = new HashSet<>();
        List<RecordKey> keys = store.keys(OutboxRecords.TYPE);
        keys.forEach(k -> ids.add(k.id()));
        return ids;
    }
}
