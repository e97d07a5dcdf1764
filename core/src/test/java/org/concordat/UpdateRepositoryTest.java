package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateRefusedException;
import org.concordat.monitoring.UpdateRefusedException.Refusal;
import org.concordat.monitoring.UpdateStatus;
import org.concordat.spi.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monitoring updates through the facade, on the example plan's roles (docs/monitoring.md). */
class UpdateRepositoryTest {
    static final String P = "aire-valley-stem";
    static final Period AUTUMN = Period.parse("2025-09-01/2025-12-19");
    static final Period SPRING = Period.parse("2026-01-05/2026-03-27");

    private final CollectingNotifier notifier = new CollectingNotifier();
    private final HandClock clock = new HandClock(Instant.parse("2026-01-10T09:00:00Z"));
    private Concordat concordat;
    private UpdateRepository updates;

    @BeforeEach
    void open() {
        concordat = Concordat.builder()
                .store(new InMemoryRecordStore())
                .notifier(notifier)
                .clock(clock)
                .build();
        concordat.plans().create(Fixtures.example());
        updates = concordat.updates();
    }

    /** What monitoring sent; saving the plan sends agreement notifications too. */
    private List<Notification> monitoring() {
        return notifier.sent().stream()
                .filter(n ->
                        n.eventType().startsWith("update.") || n.eventType().startsWith("period."))
                .toList();
    }

    @AfterEach
    void close() {
        concordat.close();
    }

    static Observation m4(String school, Period period, String value) {
        return Observation.builder()
                .measureId("M4")
                .institution(school)
                .period(period)
                .value(new BigDecimal(value))
                .n(150)
                .source("options returns")
                .build();
    }

    @Test
    void a_value_is_drafted_submitted_and_approved_and_every_step_is_kept() {
        Update draft = updates.draft(P, "p-novak", m4("urn-138003", AUTUMN, "31"), Optional.of("first return"));
        assertThat(draft.status()).isEqualTo(UpdateStatus.DRAFT);
        assertThat(updates.approved(P)).isEmpty();
        updates.submit(P, "p-novak", draft.id());
        clock.set(Instant.parse("2026-01-12T09:00:00Z"));
        Update approved = updates.approve(P, "p-begum", draft.id());

        assertThat(approved.status()).isEqualTo(UpdateStatus.APPROVED);
        assertThat(approved.submittedBy()).contains("p-novak");
        List<Transition> history = updates.history(P, draft.id());
        assertThat(history)
                .extracting(t -> t.from().map(Enum::name).orElse("-") + ">" + t.to() + " " + t.personId())
                .containsExactly("->DRAFT p-novak", "DRAFT>SUBMITTED p-novak", "SUBMITTED>APPROVED p-begum");
        assertThat(history.get(2).time()).isEqualTo(Instant.parse("2026-01-12T09:00:00Z"));
        assertThat(updates.approved(P)).containsExactly(m4("urn-138003", AUTUMN, "31"));
        // The store keeps one version per step: nothing rewritten.
        assertThat(concordat.store().history(org.concordat.UpdateRecords.updateKey(P, draft.id())))
                .hasSize(3);
    }

    @Test
    void the_approvers_are_told_of_a_submission_and_the_submitter_of_the_decision() {
        Update u = updates.submitAll(P, "p-novak", List.of(m4("urn-138003", AUTUMN, "31")))
                .get(0);
        Notification submitted = monitoring().get(0);
        assertThat(submitted.eventType()).isEqualTo("update.submitted");
        assertThat(submitted.recipients())
                .extracting(r -> r.address())
                .containsExactlyInAnyOrder(
                        "g.okafor@kirkstallpark.example.org.uk", "a.begum@bramleyvale.example.org.uk");
        updates.returnUpdate(P, "p-okafor", u.id(), "n looks like last year's cohort; please check");
        Notification returned = monitoring().get(1);
        assertThat(returned.eventType()).isEqualTo("update.returned");
        assertThat(returned.recipients())
                .extracting(r -> r.address())
                .containsExactly("p.novak@horsforthgrange.example.org.uk");
        assertThat(returned.textBody()).contains("n looks like last year's cohort; please check");
        updates.submit(P, "p-novak", u.id());
        updates.approve(P, "p-okafor", u.id());
        assertThat(monitoring().stream().map(Notification::eventType).toList())
                .containsExactly("update.submitted", "update.returned", "update.submitted", "update.approved");
    }

    @Test
    void only_the_institutions_project_lead_or_the_measures_owner_submits_for_it() {
        assertThatThrownBy(() -> updates.draft(P, "p-hughes", m4("urn-138001", AUTUMN, "30"), Optional.empty()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_ROLE))
                .hasMessage("p-hughes may not record an update for institution urn-138001 on measure M4: only"
                        + " urn-138001's project lead or the measure's owner may");
        assertThatThrownBy(() -> updates.draft(P, "p-reid", m4("urn-138002", AUTUMN, "30"), Optional.empty()))
                .isInstanceOf(UpdateRefusedException.class);
        // p-novak owns M3, so may submit it for any school.
        Observation m3 = Observation.builder()
                .measureId("M3")
                .institution("urn-138005")
                .period(SPRING)
                .value(new BigDecimal("44"))
                .n(120)
                .source("survey")
                .build();
        assertThat(updates.draft(P, "p-novak", m3, Optional.empty()).status()).isEqualTo(UpdateStatus.DRAFT);
        assertThat(updates.list(P)).hasSize(1);
    }

    @Test
    void nobody_approves_their_own_submission_and_only_the_leads_decide() {
        Update u = updates.submitAll(P, "p-begum", List.of(m4("urn-138002", AUTUMN, "28")))
                .get(0);
        assertThatThrownBy(() -> updates.approve(P, "p-begum", u.id()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.OWN_SUBMISSION))
                .hasMessageContaining("p-begum submitted update U1 and so may not approve it");
        assertThatThrownBy(() -> updates.approve(P, "p-novak", u.id()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_ROLE));
        assertThat(updates.approve(P, "p-okafor", u.id()).status()).isEqualTo(UpdateStatus.APPROVED);
    }

    @Test
    void a_returned_update_is_revised_in_place_and_resubmitted_and_the_revision_is_kept() {
        Update u = updates.submitAll(P, "p-reid", List.of(m4("urn-138004", AUTUMN, "220")))
                .get(0);
        updates.returnUpdate(P, "p-okafor", u.id(), "220 is the year group");
        Update revised = updates.revise(P, "p-reid", u.id(), m4("urn-138004", AUTUMN, "41"), Optional.of("corrected"));
        assertThat(revised.status()).isEqualTo(UpdateStatus.RETURNED);
        assertThat(revised.comment()).contains("corrected");
        assertThatThrownBy(() -> updates.revise(P, "p-reid", u.id(), m4("urn-138003", AUTUMN, "41"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a revision must keep measure M4 and urn-138004");
        updates.submit(P, "p-reid", u.id());
        updates.approve(P, "p-begum", u.id());
        assertThat(updates.approved(P)).containsExactly(m4("urn-138004", AUTUMN, "41"));
        assertThat(updates.history(P, u.id()))
                .extracting(t -> t.from().map(Enum::name).orElse("-") + ">" + t.to())
                .containsExactly(
                        "->SUBMITTED",
                        "SUBMITTED>RETURNED",
                        "RETURNED>RETURNED",
                        "RETURNED>SUBMITTED",
                        "SUBMITTED>APPROVED");
        // The returned value is still in the store, in the version that held it.
        assertThat(concordat.store().history(org.concordat.UpdateRecords.updateKey(P, u.id())))
                .extracting(r ->
                        org.concordat.UpdateRecords.update(r).value().value().toPlainString())
                .containsExactly("220", "220", "41", "41", "41");
    }

    @Test
    void an_approved_update_never_changes_and_a_return_needs_a_reason() {
        Update u = updates.submitAll(P, "p-shah", List.of(m4("urn-138005", AUTUMN, "40")))
                .get(0);
        assertThatThrownBy(() -> updates.returnUpdate(P, "p-okafor", u.id(), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        updates.approve(P, "p-okafor", u.id());
        assertThatThrownBy(() -> updates.revise(P, "p-shah", u.id(), m4("urn-138005", AUTUMN, "41"), Optional.empty()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_STATUS))
                .hasMessageContaining("an approved update never changes");
        assertThatThrownBy(() -> updates.returnUpdate(P, "p-begum", u.id(), "wrong"))
                .isInstanceOf(UpdateRefusedException.class);
        assertThat(updates.history(P, u.id())).hasSize(2);
    }

    @Test
    void a_locked_period_refuses_new_updates_and_decisions_until_unlocked_with_a_reason() {
        Update waiting = updates.submitAll(P, "p-reid", List.of(m4("urn-138004", AUTUMN, "22")))
                .get(0);
        Period term = Period.parse("2025-09-01/2025-12-31");
        assertThatThrownBy(() -> updates.lock(P, "p-okafor", Optional.empty(), term, Optional.empty()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.AWAITING_DECISION))
                .hasMessage("cannot lock every measure, 2025-09-01/2025-12-31: 1 submitted update awaits a decision"
                        + " (U1); approve or return it first");
        updates.approve(P, "p-begum", waiting.id());
        assertThatThrownBy(() -> updates.lock(P, "p-begum", Optional.empty(), term, Optional.empty()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_ROLE));
        PeriodLock lock = updates.lock(P, "p-okafor", Optional.empty(), term, Optional.of("autumn reported"));
        assertThat(lock.locked()).isTrue();

        assertThatThrownBy(() -> updates.draft(P, "p-shah", m4("urn-138005", AUTUMN, "40"), Optional.empty()))
                .isInstanceOfSatisfying(
                        UpdateRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.LOCKED_PERIOD))
                .hasMessageContaining("every measure, 2025-09-01/2025-12-31 is locked");
        // A spring value is outside the lock.
        Update spring = updates.submitAll(P, "p-shah", List.of(m4("urn-138005", SPRING, "41")))
                .get(0);
        assertThat(spring.status()).isEqualTo(UpdateStatus.SUBMITTED);

        assertThatThrownBy(() -> updates.unlock(P, "p-okafor", Optional.empty(), term, ""))
                .isInstanceOf(IllegalArgumentException.class);
        updates.unlock(P, "p-okafor", Optional.empty(), term, "a school found a transcription error");
        assertThat(updates.draft(P, "p-shah", m4("urn-138005", AUTUMN, "40"), Optional.empty())
                        .status())
                .isEqualTo(UpdateStatus.DRAFT);
        assertThat(updates.lockHistory(P, Optional.empty(), term))
                .extracting(
                        l -> l.locked() + " " + l.personId() + " " + l.reason().orElse(""))
                .containsExactly(
                        "true p-okafor autumn reported", "false p-okafor a school found a transcription error");
        assertThat(monitoring().stream().map(Notification::eventType).toList())
                .contains("period.locked", "period.unlocked");
        Notification unlocked = monitoring().stream()
                .filter(n -> n.eventType().equals("period.unlocked"))
                .findFirst()
                .orElseThrow();
        assertThat(unlocked.textBody()).contains("a school found a transcription error");
    }

    @Test
    void a_measure_lock_covers_that_measure_only() {
        Period year = Period.parse("2025-09-01/2026-08-31");
        updates.lock(P, "p-okafor", Optional.of("M4"), year, Optional.empty());
        assertThatThrownBy(() -> updates.draft(P, "p-reid", m4("urn-138004", SPRING, "22"), Optional.empty()))
                .isInstanceOf(UpdateRefusedException.class);
        Observation m3 = Observation.builder()
                .measureId("M3")
                .institution("urn-138004")
                .period(SPRING)
                .value(new BigDecimal("44"))
                .n(120)
                .source("survey")
                .build();
        assertThat(updates.draft(P, "p-reid", m3, Optional.empty()).status()).isEqualTo(UpdateStatus.DRAFT);
    }

    @Test
    void bulk_imports_as_approved_are_for_the_leads_and_say_who_imported_them() {
        List<Observation> rows = List.of(m4("urn-138001", AUTUMN, "30"), m4("urn-138002", AUTUMN, "28"));
        assertThatThrownBy(() -> updates.importApproved(P, "p-novak", rows)).isInstanceOf(UpdateRefusedException.class);
        List<Update> imported = updates.importApproved(P, "p-okafor", rows);
        assertThat(imported).hasSize(2).allMatch(u -> u.status() == UpdateStatus.APPROVED && u.imported());
        assertThat(updates.history(P, "U2").get(0).reason()).contains("imported as approved by p-okafor");
        assertThat(updates.approved(P)).containsExactlyElementsOf(rows);
    }

    @Test
    void an_approved_update_counts_as_data_collected_for_reminders_and_a_draft_does_not() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 1);
        java.util.function.Supplier<List<String>> overdue = () -> concordat.remind(P, day).stream()
                .filter(e -> e instanceof org.concordat.event.MeasureDataOverdue o
                        && o.measureId().equals("M4"))
                .map(Object::toString)
                .toList();
        assertThat(overdue.get()).isNotEmpty();
        Period year = Period.parse("2025-09-01/2026-04-30");
        Update u = updates.draft(P, "p-shah", m4("urn-138005", year, "200"), Optional.empty());
        assertThat(overdue.get()).isNotEmpty();
        updates.submit(P, "p-shah", u.id());
        updates.approve(P, "p-okafor", u.id());
        assertThat(overdue.get()).isEmpty();
    }

    @Test
    void unknown_people_measures_and_updates_are_bad_input_naming_the_value() {
        assertThatThrownBy(() -> updates.draft(P, "p-nobody", m4("urn-138003", AUTUMN, "1"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person \"p-nobody\": not in the plan of partnership \"aire-valley-stem\"");
        assertThatThrownBy(() -> updates.approve(P, "p-okafor", "U9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("update \"U9\": no such update in partnership \"aire-valley-stem\"");
        assertThatThrownBy(() -> updates.draft("no-such", "p-okafor", m4("urn-138003", AUTUMN, "1"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no plan stored");
    }
}
