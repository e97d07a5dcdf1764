package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.Fixtures.HandClock;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.event.PlanEvent;
import org.concordat.event.PlanEvents;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Person;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox through the facade, on a memory store with a hand-moved clock: what a save records, in
 * the same append as the version; what a dispatch sends, retries and records; fan-out; reminders
 * once; recipients left out and counted.
 */
class OutboxTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String ID = "aire-valley-stem";

    private final HandClock clock = new HandClock(T0);
    private final InMemoryRecordStore store = new InMemoryRecordStore();

    @TempDir
    Path temp;

    private Concordat concordat(NotificationMode mode, Map<String, ScriptedNotifier> notifiers) {
        Concordat.Builder b = Concordat.builder().store(store).clock(clock).notifications(mode);
        notifiers.forEach(b::notifier);
        return b.build();
    }

    /** The example plan with its MOU circulated and not yet approved: saving it causes one notification. */
    private static PartnershipPlan circulated() {
        return Fixtures.withAgreementVersion(Fixtures.example(), Fixtures.circulated());
    }

    private static PartnershipPlan withPeople(PartnershipPlan plan, java.util.function.UnaryOperator<Person> change) {
        List<Person> people = new ArrayList<>();
        plan.people().forEach(p -> people.add(change.apply(p)));
        return plan.withPeople(people);
    }

    private static String savedId(PlanEvent event, long version) {
        return OutboxRecords.id(Outbox.savedCause(event, version));
    }

    @Test
    void a_save_records_its_notifications_with_ids_from_their_cause_and_sends_nothing_until_dispatched() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            PlanVersion v1 = c.plans().create(circulated());

            List<PlanEvent> events = PlanEvents.changes(Optional.empty(), circulated());
            assertThat(events).extracting(PlanEvent::eventType).containsExactly("agreement.awaiting-approval");
            String id = savedId(events.get(0), 1);
            assertThat(c.pending()).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(id).startsWith("c-").hasSize(34);
                assertThat(e.cause())
                        .isEqualTo("plan-version " + ID + " 1 agreement.awaiting-approval 1 "
                                + String.join(",", Fixtures.circulated().awaitingApproval()));
                assertThat(e.status()).isEqualTo("PENDING");
                assertThat(e.recipients()).isEqualTo(5);
                assertThat(e.deliveries()).isEmpty();
                assertThat(e.toString()).doesNotContain("@").doesNotContain("Okafor");
            });
            // Recorded with the version: same time, same author, one record per notification.
            StoredRecord recorded =
                    store.latest(RecordKey.of("notification", id)).orElseThrow();
            assertThat(recorded.version()).isEqualTo(1);
            assertThat(recorded.content().time()).isEqualTo(v1.savedAt());
            assertThat(mail.attempts()).isZero();

            DispatchSummary summary = c.dispatch();

            assertThat(summary.sent()).isEqualTo(1);
            assertThat(mail.ids()).containsExactly(id);
            assertThat(mail.delivered().get(0).recipients())
                    .extracting(Recipient::role)
                    .containsOnly("project-lead");
            assertThat(c.pending()).isEmpty();
            assertThat(c.outboxEntry(id).orElseThrow().deliveries().get("smtp").state())
                    .isEqualTo("DELIVERED");
            // A second dispatch has nothing to send.
            assertThat(c.dispatch()).isEqualTo(DispatchSummary.none());
            assertThat(mail.attempts()).isEqualTo(1);
        }
    }

    @Test
    void a_conflicting_save_records_no_notification() {
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", new ScriptedNotifier()))) {
            c.plans().create(Fixtures.example());
            int before = store.keys("notification").size();
            assertThatThrownBy(() -> c.plans().save(circulated(), 0)).isInstanceOf(PlanConflictException.class);
            assertThat(store.keys("notification")).hasSize(before);
        }
    }

    @Test
    void by_default_a_save_sends_what_it_recorded_before_returning() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.SEND_AFTER_SAVE, Map.of("smtp", mail))) {
            c.plans().create(circulated());
            assertThat(mail.ids())
                    .containsExactly(savedId(
                            PlanEvents.changes(Optional.empty(), circulated()).get(0), 1));
            assertThat(c.pending()).isEmpty();
        }
    }

    @Test
    void mode_off_records_nothing() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.OFF, Map.of("smtp", mail))) {
            c.plans().create(circulated());
            c.remind(LocalDate.of(2026, 6, 10));
            assertThat(store.keys("notification")).isEmpty();
            assertThat(mail.attempts()).isZero();
        }
    }

    @Test
    void a_temporary_failure_stays_pending_and_is_retried_with_doubling_waits() {
        ScriptedNotifier mail = new ScriptedNotifier().failTemporarily(2).failWithIo();
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            c.plans().create(circulated());

            DispatchSummary first = c.dispatch();
            assertThat(first.sent()).isZero();
            assertThat(first.failed()).isEqualTo(1);
            assertThat(first.nextAttempt()).contains(T0.plus(Duration.ofMinutes(1)));
            assertThat(first.describe(ZoneOffset.UTC, T0))
                    .isEqualTo("sent 0, failed 1 (will retry after 10:01), skipped 0 without an address");
            OutboxEntry pending = c.pending().get(0);
            assertThat(pending.deliveries().get("smtp").attempts()).isEqualTo(1);
            assertThat(pending.deliveries().get("smtp").lastError()).contains("503 from receiver");

            // Not due yet: nothing is tried.
            clock.set(T0.plusSeconds(59));
            assertThat(c.dispatch()).isEqualTo(DispatchSummary.none());
            assertThat(mail.attempts()).isEqualTo(1);

            clock.set(T0.plus(Duration.ofMinutes(1)));
            assertThat(c.dispatch().nextAttempt()).contains(T0.plus(Duration.ofMinutes(3)));
            clock.set(T0.plus(Duration.ofMinutes(3)));
            // An I/O failure counts as temporary too.
            assertThat(c.dispatch().nextAttempt()).contains(T0.plus(Duration.ofMinutes(7)));
            assertThat(c.pending().get(0).deliveries().get("smtp").attempts()).isEqualTo(3);
            clock.set(T0.plus(Duration.ofMinutes(7)));
            assertThat(c.dispatch().sent()).isEqualTo(1);
            assertThat(mail.attempts()).isEqualTo(4);
            assertThat(mail.delivered()).hasSize(1);
            assertThat(c.pending()).isEmpty();
        }
    }

    @Test
    void a_wait_the_notifier_asks_for_is_honoured_when_longer_than_the_backoff() {
        ScriptedNotifier hook = new ScriptedNotifier().failTemporarily(Duration.ofMinutes(10));
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("webhook", hook))) {
            c.plans().create(circulated());
            assertThat(c.dispatch().nextAttempt()).contains(T0.plus(Duration.ofMinutes(10)));
            clock.set(T0.plus(Duration.ofMinutes(9)));
            c.dispatch();
            assertThat(hook.attempts()).isEqualTo(1);
            clock.set(T0.plus(Duration.ofMinutes(10)));
            assertThat(c.dispatch().sent()).isEqualTo(1);
        }
    }

    @Test
    void a_permanent_failure_is_never_retried() {
        ScriptedNotifier mail = new ScriptedNotifier().failPermanently();
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            c.plans().create(circulated());
            DispatchSummary summary = c.dispatch();
            assertThat(summary.failedPermanently()).isEqualTo(1);
            assertThat(summary.failed()).isZero();
            assertThat(summary.describe(ZoneOffset.UTC, T0)).contains("failed for good 1");
            assertThat(c.pending()).isEmpty();
            clock.set(T0.plus(Duration.ofDays(2)));
            c.dispatch();
            assertThat(mail.attempts()).isEqualTo(1);
        }
    }

    @Test
    void a_delivery_that_keeps_failing_is_given_up_after_the_last_attempt() {
        ScriptedNotifier mail = new ScriptedNotifier().failTemporarily(Outbox.MAX_ATTEMPTS + 5);
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            c.plans().create(circulated());
            for (int i = 0; i < Outbox.MAX_ATTEMPTS + 3; i++) {
                c.dispatch();
                clock.set(clock.instant().plus(Outbox.LONGEST_WAIT));
            }
            assertThat(mail.attempts()).isEqualTo(Outbox.MAX_ATTEMPTS);
            assertThat(c.pending()).isEmpty();
            String id = store.keys("notification").get(0).id();
            assertThat(c.outboxEntry(id).orElseThrow().status()).isEqualTo("FAILED");
            assertThat(c.outboxEntry(id).orElseThrow().deliveries().get("smtp").lastError())
                    .hasValueSatisfying(
                            e -> assertThat(e).startsWith("gave up after " + Outbox.MAX_ATTEMPTS + " attempts"));
        }
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Outbox.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Outbox.backoff(40)).isEqualTo(Outbox.LONGEST_WAIT);
    }

    @Test
    void fan_out_one_failing_notifier_does_not_stop_the_others_and_a_retry_goes_only_to_it() {
        ScriptedNotifier mail = new ScriptedNotifier().failTemporarily(1);
        ScriptedNotifier hook = new ScriptedNotifier();
        ScriptedNotifier log = new ScriptedNotifier();
        Map<String, ScriptedNotifier> three = new java.util.LinkedHashMap<>();
        three.put("smtp", mail);
        three.put("webhook", hook);
        three.put("log", log);
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, three)) {
            assertThat(c.notifierNames()).containsExactly("smtp", "webhook", "log");
            c.plans().create(circulated());
            DispatchSummary first = c.dispatch();
            assertThat(first.failed()).isEqualTo(1);
            assertThat(hook.delivered()).hasSize(1);
            assertThat(log.delivered()).hasSize(1);
            assertThat(mail.delivered()).isEmpty();
            assertThat(c.pending().get(0).deliveries())
                    .extractingByKeys("smtp", "webhook", "log")
                    .extracting(OutboxEntry.Delivery::state)
                    .containsExactly("PENDING", "DELIVERED", "DELIVERED");

            clock.set(T0.plus(Duration.ofMinutes(1)));
            assertThat(c.dispatch().sent()).isEqualTo(1);
            assertThat(mail.delivered()).hasSize(1);
            assertThat(hook.attempts()).isEqualTo(1);
            assertThat(log.attempts()).isEqualTo(1);
            assertThat(mail.ids()).isEqualTo(hook.ids());
        }
    }

    @Test
    void a_notifier_list_in_the_configuration_opens_each_named_notifier() {
        Path file = temp.resolve("sent.txt");
        try (Concordat c = Concordat.builder()
                .store(store)
                .clock(clock)
                .config(Map.of("concordat.notifier", "test-file, log", "test-file.path", file.toString()))
                .build()) {
            assertThat(c.notifierNames()).containsExactly("test-file", "log");
            c.plans().create(circulated());
            assertThat(FileNotifier.lines(file))
                    .singleElement()
                    .satisfies(l -> assertThat(l)
                            .startsWith(c.store().keys("notification").get(0).id() + " agreement.awaiting-approval "));
            assertThat(c.outboxEntry(c.store().keys("notification").get(0).id())
                            .orElseThrow()
                            .deliveries())
                    .containsOnlyKeys("test-file", "log");
        }
        assertThatThrownBy(() -> Concordat.builder()
                        .store(new InMemoryRecordStore())
                        .config(Map.of("concordat.notifier", "log,log"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concordat.notifier \"log,log\"");
    }

    @Test
    void people_without_an_address_or_who_opted_out_are_left_out_and_counted() {
        ScriptedNotifier mail = new ScriptedNotifier();
        PartnershipPlan plan = withPeople(circulated(), p -> switch (p.id()) {
            case "p-novak" -> Person.builder().from(p).email(Optional.empty()).build();
            case "p-reid" -> Person.builder().from(p).emailOptOut(true).build();
            default -> p;
        });
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            c.plans().create(plan);
            DispatchSummary summary = c.dispatch();
            assertThat(summary.sent()).isEqualTo(1);
            assertThat(summary.withoutAddress()).isEqualTo(1);
            assertThat(summary.optedOut()).isEqualTo(1);
            assertThat(summary.describe(ZoneOffset.UTC, T0))
                    .isEqualTo("sent 1, failed 0, skipped 1 without an address, 1 opted out");
            assertThat(mail.delivered().get(0).recipients())
                    .extracting(Recipient::address)
                    .hasSize(3)
                    .doesNotContain("c.reid@armleyridge.example.org.uk");
        }
    }

    @Test
    void an_event_nobody_can_be_told_of_is_counted_not_sent_and_not_an_error() {
        ScriptedNotifier mail = new ScriptedNotifier();
        PartnershipPlan plan = withPeople(
                circulated(),
                p -> Person.builder().from(p).email(Optional.empty()).build());
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            c.plans().create(plan);
            DispatchSummary summary = c.dispatch();
            assertThat(summary.sent()).isZero();
            assertThat(summary.nobodyToReach()).isEqualTo(1);
            assertThat(summary.withoutAddress()).isEqualTo(5);
            assertThat(mail.attempts()).isZero();
            assertThat(c.pending()).isEmpty();
            assertThat(c.outboxEntry(store.keys("notification").get(0).id())
                            .orElseThrow()
                            .status())
                    .isEqualTo("SKIPPED");
        }
    }

    @Test
    void remind_run_twice_or_on_the_next_day_sends_each_reminder_once() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.SEND_AFTER_SAVE, Map.of("smtp", mail))) {
            c.plans().create(circulated());
            int afterSave = mail.delivered().size();
            List<PlanEvent> found = c.remind(LocalDate.of(2026, 6, 10));
            assertThat(found)
                    .extracting(PlanEvent::eventType)
                    .contains("activity.coming-up", "measure.data-overdue", "agreement.awaiting-approval");
            List<String> first = mail.ids().subList(afterSave, mail.ids().size());
            assertThat(first).hasSize(found.size()).doesNotHaveDuplicates();

            assertThat(c.remind(LocalDate.of(2026, 6, 10))).hasSameSizeAs(found);
            c.remind(LocalDate.of(2026, 6, 11));
            List<String> all = mail.ids().subList(afterSave, mail.ids().size());
            assertThat(all).doesNotHaveDuplicates();
            // The next day only brings what was not due before (an approval reminder waits a week).
            assertThat(all).containsAll(first);
            assertThat(c.remind(LocalDate.of(2026, 6, 17)).stream()
                            .filter(e -> e.eventType().equals("agreement.awaiting-approval")))
                    .hasSize(1);
            assertThat(mail.delivered().stream().filter(n -> n.eventType().equals("agreement.awaiting-approval")))
                    .hasSize(3); // the save's, the week of 10 June's and the week of 17 June's
        }
    }

    @Test
    void publishing_the_same_event_again_sends_it_once() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.SEND_AFTER_SAVE, Map.of("smtp", mail))) {
            List<PlanEvent> events = PlanEvents.changes(Optional.empty(), circulated());
            List<Notification> once = c.publish(events, circulated());
            List<Notification> again = c.publish(events, circulated());
            assertThat(again).isEqualTo(once);
            assertThat(mail.delivered()).hasSize(1);
        }
    }

    @Test
    void a_store_that_cannot_append_atomically_still_records_the_notifications_after_the_version() {
        RecordStore plain = new PlanVersionReadsTest.CountingStore();
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = Concordat.builder()
                .store(plain)
                .notifier("smtp", mail)
                .clock(clock)
                .notifications(NotificationMode.RECORD_ONLY)
                .build()) {
            c.plans().create(circulated());
            assertThat(c.pending()).hasSize(1);
        }
    }

    @Test
    void after_the_approval_is_recorded_the_next_save_causes_its_own_notification() {
        ScriptedNotifier mail = new ScriptedNotifier();
        try (Concordat c = concordat(NotificationMode.RECORD_ONLY, Map.of("smtp", mail))) {
            PlanVersion v1 = c.plans().create(circulated());
            AgreementVersion full = Fixtures.example().agreement().orElseThrow().latest();
            c.plans()
                    .save(
                            Fixtures.withAgreementVersion(
                                    circulated(),
                                    Fixtures.circulated()
                                            .withApproval(full.approvals().get(0))),
                            v1.version());
            assertThat(c.pending())
                    .extracting(OutboxEntry::eventType)
                    .containsExactly("agreement.awaiting-approval", "agreement.approval-recorded");
            assertThat(c.pending())
                    .extracting(OutboxEntry::cause)
                    .anySatisfy(cause ->
                            assertThat(cause).startsWith("plan-version " + ID + " 2 agreement.approval-recorded"));
            assertThat(AgreementStatus.CIRCULATED)
                    .isEqualTo(Fixtures.circulated().status());
        }
    }

    static String payloads(RecordStore store, RecordKey key) {
        StringBuilder all = new StringBuilder();
        for (StoredRecord r : store.history(key)) {
            all.append(new String(r.payload(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
