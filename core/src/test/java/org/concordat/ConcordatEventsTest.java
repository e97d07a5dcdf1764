package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.event.ObjectiveStatus;
import org.concordat.event.PlanEvents;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.junit.jupiter.api.Test;

class ConcordatEventsTest {
    private final CollectingNotifier notifier = new CollectingNotifier();

    private Concordat concordat(Notifier n) {
        return Concordat.builder()
                .store(new InMemoryRecordStore())
                .notifier(n)
                .clock(new HandClock(Instant.parse("2025-06-20T09:00:00Z")))
                .build();
    }

    @Test
    void saving_each_step_of_an_approval_sends_its_notification() {
        AgreementVersion full = Fixtures.example().agreement().orElseThrow().latest();
        try (Concordat c = concordat(notifier)) {
            PartnershipPlan plan = Fixtures.withAgreementVersion(Fixtures.example(), Fixtures.circulated());
            PlanVersion v = c.plans().create(plan);
            assertThat(notifier.eventTypes()).containsExactly("agreement.awaiting-approval");

            AgreementVersion oneApproval =
                    Fixtures.circulated().withApproval(full.approvals().get(0));
            v = c.plans().save(Fixtures.withAgreementVersion(plan, oneApproval), v.version());
            assertThat(notifier.eventTypes()).endsWith("agreement.approval-recorded");

            AgreementVersion all = AgreementVersion.builder()
                    .from(full)
                    .status(AgreementStatus.APPROVED)
                    .build();
            v = c.plans().save(Fixtures.withAgreementVersion(plan, all), v.version());
            c.plans().save(Fixtures.withAgreementVersion(plan, all.moveTo(AgreementStatus.IN_FORCE)), v.version());

            assertThat(notifier.eventTypes())
                    .containsExactly(
                            "agreement.awaiting-approval",
                            "agreement.approval-recorded",
                            "agreement.approval-recorded",
                            "agreement.approval-recorded",
                            "agreement.approval-recorded",
                            "agreement.approval-recorded",
                            "agreement.in-force");
        }
    }

    @Test
    void remind_sends_what_is_due_for_every_stored_plan() {
        try (Concordat c = concordat(notifier)) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();

            var events = c.remind(LocalDate.of(2026, 6, 10));

            assertThat(events).extracting(e -> e.eventType()).contains("activity.coming-up", "measure.data-overdue");
            assertThat(notifier.sent().subList(before, notifier.sent().size()))
                    .extracting(Notification::eventType)
                    .containsExactlyElementsOf(
                            events.stream().map(e -> e.eventType()).toList());
            assertThat(c.remind("no-such-plan", LocalDate.of(2026, 6, 10))).isEmpty();
        }
    }

    @Test
    void publish_sends_objective_status_changes_found_by_an_evaluation() {
        try (Concordat c = concordat(notifier)) {
            List<Notification> sent = c.publish(
                    PlanEvents.statusChanges(Fixtures.example(), Map.of(), Map.of("O2", ObjectiveStatus.AT_RISK)),
                    Fixtures.example());
            assertThat(sent).extracting(Notification::eventType).containsExactly("objective.status-changed");
            assertThat(notifier.sent()).isEqualTo(sent);
        }
    }

    @Test
    void a_failing_notifier_does_not_undo_a_save() {
        Notifier broken = n -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("mail server down"));
        };
        try (Concordat c = concordat(broken)) {
            PlanVersion v = c.plans().create(Fixtures.example());
            assertThat(c.plans().load("aire-valley-stem")).contains(v);
        }
    }
}
