package org.concordat.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;
import org.junit.jupiter.api.Test;

class PlanEventsTest {
    static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));

    static PartnershipPlan withVersion(AgreementVersion version) {
        Agreement agreement = EXAMPLE.agreement().orElseThrow();
        return EXAMPLE.withAgreement(agreement.withVersion(version));
    }

    static AgreementVersion circulated() {
        return AgreementVersion.builder()
                .from(EXAMPLE.agreement().orElseThrow().latest())
                .status(AgreementStatus.CIRCULATED)
                .approvals(List.of())
                .build();
    }

    static AgreementVersion approvedBy(int parties) {
        AgreementVersion full = EXAMPLE.agreement().orElseThrow().latest();
        return AgreementVersion.builder()
                .from(circulated())
                .approvals(full.approvals().subList(0, parties))
                .build();
    }

    static Notification notification(PlanEvent event, PartnershipPlan plan) {
        return EventNotifications.toNotification(event, plan).orElseThrow();
    }

    static List<String> addresses(Notification n) {
        return n.recipients().stream().map(Recipient::address).toList();
    }

    @Test
    void circulating_an_agreement_asks_the_parties_still_to_approve() {
        PartnershipPlan draft = withVersion(AgreementVersion.builder()
                .from(circulated())
                .status(AgreementStatus.DRAFT)
                .build());
        PartnershipPlan circulated = withVersion(circulated());

        List<PlanEvent> events = PlanEvents.changes(Optional.of(draft), circulated);

        assertThat(events)
                .containsExactly(new AgreementAwaitingApproval(
                        "aire-valley-stem",
                        1,
                        List.of("urn-138001", "urn-138002", "urn-138003", "urn-138004", "urn-138005")));
        Notification n = notification(events.get(0), circulated);
        assertThat(n.eventType()).isEqualTo("agreement.awaiting-approval");
        assertThat(n.partnershipId()).isEqualTo("aire-valley-stem");
        assertThat(n.subject()).contains("Aire Valley STEM Partnership", "version 1", "approval");
        assertThat(n.textBody()).contains("Kirkstall Park Academy", "Shipley Beck School", "minute reference");
        // the example names project leads (no headteachers), each with a work email; the facilitator is not a party
        assertThat(addresses(n))
                .contains("g.okafor@kirkstallpark.example.org.uk", "i.shah@shipleybeck.example.org.uk")
                .doesNotContain("h.wood@stem.example.org.uk");
        assertThat(n.recipients()).allMatch(r -> r.role().equals("project-lead"));
        assertThat(PlanEvents.changes(Optional.of(circulated), circulated)).isEmpty();
    }

    @Test
    void each_new_approval_is_recorded_once_and_tells_the_leads() {
        PartnershipPlan before = withVersion(approvedBy(1));
        PartnershipPlan after = withVersion(approvedBy(3));

        List<PlanEvent> events = PlanEvents.changes(Optional.of(before), after);

        assertThat(events).hasSize(2).allMatch(e -> e instanceof ApprovalRecorded);
        ApprovalRecorded first = (ApprovalRecorded) events.get(0);
        assertThat(first.approval().institutionId()).isEqualTo("urn-138002");
        assertThat(first.stillAwaiting()).isEqualTo(2);
        Notification n = notification(first, after);
        assertThat(n.eventType()).isEqualTo("agreement.approval-recorded");
        assertThat(n.textBody())
                .contains("Full governing body", "FGB 03/07/25 min 11", "Thursday 3 July 2025", "2 parties");
        assertThat(n.recipients()).extracting(Recipient::role).containsExactly("partnership-lead", "deputy-lead");
    }

    @Test
    void an_agreement_coming_into_force_tells_everyone_who_works_on_it() {
        PartnershipPlan before = withVersion(AgreementVersion.builder()
                .from(EXAMPLE.agreement().orElseThrow().latest())
                .status(AgreementStatus.APPROVED)
                .build());

        List<PlanEvent> events = PlanEvents.changes(Optional.of(before), EXAMPLE);

        assertThat(events)
                .containsExactly(new AgreementInForce("aire-valley-stem", 1, Optional.of(LocalDate.of(2025, 7, 10))));
        Notification n = notification(events.get(0), EXAMPLE);
        assertThat(n.eventType()).isEqualTo("agreement.in-force");
        assertThat(n.textBody()).contains("Thursday 10 July 2025", "can start");
        assertThat(addresses(n)).hasSize(6); // six people at the five schools, each once; not the facilitator
        assertThat(addresses(n)).doesNotHaveDuplicates();
    }

    @Test
    void a_new_plan_announces_what_it_already_records() {
        assertThat(PlanEvents.changes(Optional.empty(), EXAMPLE))
                .extracting(PlanEvent::eventType)
                .containsExactly(
                        "agreement.approval-recorded",
                        "agreement.approval-recorded",
                        "agreement.approval-recorded",
                        "agreement.approval-recorded",
                        "agreement.approval-recorded",
                        "agreement.in-force");
    }

    @Test
    void announces_activities_starting_within_the_window_and_not_delivered_ones() {
        // A9 curriculum design day on Monday 15 June 2026; A5 placement from 6 July
        List<PlanEvent> events = PlanEvents.due(EXAMPLE, LocalDate.of(2026, 6, 10), Reminders.defaults());
        List<ActivityComingUp> coming = events.stream()
                .filter(e -> e instanceof ActivityComingUp)
                .map(e -> (ActivityComingUp) e)
                .toList();

        assertThat(coming).extracting(ActivityComingUp::activityId).containsExactly("A9");
        assertThat(coming.get(0).daysUntil()).isEqualTo(5);
        Notification n = notification(coming.get(0), EXAMPLE);
        assertThat(n.eventType()).isEqualTo("activity.coming-up");
        assertThat(n.subject()).contains("KS3 physics curriculum design day in 5 days");
        assertThat(n.textBody()).contains("Monday 15 June 2026", "Bramley Vale High School");
        assertThat(n.recipients()).extracting(Recipient::role).containsExactly("activity-lead");

        List<PlanEvent> wider = PlanEvents.due(
                EXAMPLE, LocalDate.of(2026, 6, 10), Reminders.defaults().withDaysAhead(30));
        assertThat(wider).filteredOn(e -> e instanceof ActivityComingUp).hasSize(2);
        // A1 (delivered, 2 October 2025) is never announced
        assertThat(PlanEvents.due(EXAMPLE, LocalDate.of(2025, 10, 1), Reminders.defaults()))
                .filteredOn(
                        e -> e instanceof ActivityComingUp a && a.activityId().equals("A1"))
                .isEmpty();
    }

    @Test
    void measure_data_is_overdue_one_cadence_after_the_last_collection() {
        Reminders none = Reminders.defaults();
        // M4's baseline is 31 March 2025, annual: due 31 March 2026
        assertThat(PlanEvents.due(EXAMPLE, LocalDate.of(2026, 3, 31), none))
                .filteredOn(e -> e instanceof MeasureDataOverdue)
                .isEmpty();
        List<PlanEvent> overdue = PlanEvents.due(EXAMPLE, LocalDate.of(2026, 4, 1), none).stream()
                .filter(e -> e instanceof MeasureDataOverdue)
                .toList();
        assertThat(overdue)
                .containsExactly(new MeasureDataOverdue(
                        "aire-valley-stem",
                        "M4",
                        "Year 9 pupils choosing triple science or engineering at GCSE",
                        LocalDate.of(2026, 3, 31),
                        Optional.empty()));
        Notification n = notification(overdue.get(0), EXAMPLE);
        assertThat(n.eventType()).isEqualTo("measure.data-overdue");
        assertThat(addresses(n)).containsExactly("i.shah@shipleybeck.example.org.uk");
        assertThat(n.textBody()).contains("none has arrived yet");

        Reminders collected = none.withDataLog((p, m) -> Optional.of(LocalDate.of(2026, 3, 20)));
        assertThat(PlanEvents.due(EXAMPLE, LocalDate.of(2026, 4, 1), collected))
                .filteredOn(e -> e instanceof MeasureDataOverdue)
                .isEmpty();
    }

    @Test
    void objective_status_changes_are_announced_only_towards_at_risk_or_off_track() {
        List<PlanEvent> events = PlanEvents.statusChanges(
                EXAMPLE,
                Map.of("O1", ObjectiveStatus.ON_TRACK, "O2", ObjectiveStatus.AT_RISK),
                Map.of("O1", ObjectiveStatus.OFF_TRACK, "O2", ObjectiveStatus.ON_TRACK));

        assertThat(events)
                .containsExactly(new ObjectiveStatusChanged(
                        "aire-valley-stem",
                        "O1",
                        "Raise disadvantaged pupils' attainment in GCSE maths and science",
                        ObjectiveStatus.ON_TRACK,
                        ObjectiveStatus.OFF_TRACK));
        Notification n = notification(events.get(0), EXAMPLE);
        assertThat(n.eventType()).isEqualTo("objective.status-changed");
        assertThat(n.subject()).endsWith("objective O1 is off track");
        // leads, then the owners of M1 (Okafor, already a lead) and M2 (Begum, already deputy lead)
        assertThat(n.recipients()).extracting(Recipient::role).containsExactly("partnership-lead", "deputy-lead");
        assertThatThrownBy(() ->
                        new ObjectiveStatusChanged("p", "O1", "t", ObjectiveStatus.AT_RISK, ObjectiveStatus.ON_TRACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a change to AT_RISK or OFF_TRACK");
    }

    @Test
    void an_event_nobody_can_be_emailed_about_makes_no_notification() {
        PartnershipPlan noEmails = EXAMPLE.withPeople(EXAMPLE.people().stream()
                .map(p -> org.concordat.partnership.Person.builder()
                        .from(p)
                        .email(Optional.empty())
                        .build())
                .toList());
        assertThat(EventNotifications.toNotification(
                        new AgreementInForce("aire-valley-stem", 1, Optional.empty()), noEmails))
                .isEmpty();
    }

    @Test
    void refuses_a_reminder_window_outside_a_year() {
        assertThatThrownBy(() -> Reminders.defaults().withDaysAhead(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daysAhead \"-1\": must be 0 to 366");
    }
}
