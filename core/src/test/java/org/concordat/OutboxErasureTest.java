package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Concordat#erasePerson} takes the person out of every notification in the outbox, delivered
 * and pending, in every version, on the memory and file stores: nothing of them is left, and a
 * pending notification is then sent to the others only.
 */
class OutboxErasureTest {
    private static final String NAME = "Dr Grace Okafor";
    private static final String EMAIL = "g.okafor@kirkstallpark.example.org.uk";

    @TempDir
    Path temp;

    private final HandClock clock = new HandClock(Instant.parse("2026-03-02T10:00:00Z"));

    private static PartnershipPlan circulated() {
        return Fixtures.withAgreementVersion(Fixtures.example(), Fixtures.circulated());
    }

    /**
     * Saves a version whose notification is delivered, then one whose notifications stay pending,
     * then erases p-okafor (partnership lead and project lead: addressed by both).
     */
    private void saveDispatchAndErase(RecordStore store, ScriptedNotifier mail) {
        try (Concordat c = Concordat.builder()
                .store(store)
                .notifier("smtp", mail)
                .clock(clock)
                .author("dpo")
                .notifications(NotificationMode.RECORD_ONLY)
                .build()) {
            PlanVersion v1 = c.plans().create(circulated());
            assertThat(c.dispatch().sent()).isEqualTo(1);
            c.plans().save(Fixtures.example(), v1.version()); // approvals and in force: pending
            assertThat(c.pending()).hasSizeGreaterThan(1);
            assertThat(OutboxTest.payloads(store, c.store().keys("notification").get(0)))
                    .contains(EMAIL);

            int redacted = c.erasePerson("p-okafor", "erasure request 2026-77");

            List<RecordKey> keys = c.store().keys("notification");
            int notificationVersions = 0;
            for (RecordKey key : keys) {
                String all = OutboxTest.payloads(store, key);
                assertThat(all)
                        .as(key.toString())
                        .doesNotContain(NAME)
                        .doesNotContain(EMAIL)
                        .doesNotContain("p-okafor");
                if (!c.store().erasures(key).isEmpty()) {
                    assertThat(c.store().erasures(key)).singleElement().satisfies(e -> {
                        assertThat(e.by()).isEqualTo("dpo");
                        assertThat(e.reason()).isEqualTo("erasure request 2026-77");
                    });
                    notificationVersions +=
                            c.store().erasures(key).get(0).versions().size();
                }
            }
            // Every version of every notification addressed to them: the delivered one had two.
            assertThat(notificationVersions).isGreaterThanOrEqualTo(keys.size() + 1);
            assertThat(redacted).isEqualTo(2 + notificationVersions); // and both plan versions

            int before = mail.delivered().size();
            c.dispatch();
            List<Notification> after =
                    mail.delivered().subList(before, mail.delivered().size());
            assertThat(after).isNotEmpty();
            assertThat(after)
                    .flatExtracting(Notification::recipients)
                    .extracting(Recipient::address)
                    .doesNotContain(EMAIL)
                    .contains("a.begum@bramleyvale.example.org.uk");
            // Nothing left to erase.
            assertThat(c.erasePerson("p-okafor", "erasure request 2026-77")).isZero();
        }
    }

    @Test
    void erases_a_person_from_pending_and_delivered_notifications_in_a_memory_store() {
        saveDispatchAndErase(new InMemoryRecordStore(), new ScriptedNotifier());
    }

    @Test
    void erases_a_person_from_pending_and_delivered_notifications_in_a_file_store_leaving_nothing_on_disk() {
        Path dir = temp.resolve("store");
        saveDispatchAndErase(FileRecordStore.open(dir), new ScriptedNotifier());
        assertThat(anyFileHolds(dir, EMAIL)).isFalse();
        // The plan's free text (its evaluator) names her too, which erasePerson does not rewrite: look
        // for the name in the notifications' files only.
        assertThat(anyFileHolds(dir.resolve("records").resolve("notification"), NAME))
                .isFalse();
        assertThat(anyFileHolds(dir.resolve("records").resolve("notification"), "Amina Begum"))
                .isTrue();
        assertThat(anyFileHolds(dir, "a.begum@bramleyvale.example.org.uk")).isTrue();
        try (RecordStore reopened = FileRecordStore.open(dir)) {
            assertThat(reopened.keys("notification")).isNotEmpty();
        }
    }

    private static boolean anyFileHolds(Path root, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
