package org.concordat.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.calendar.Period;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.Cadence;
import org.concordat.plan.Measure;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Target;

/**
 * Finds a plan's events: {@link #changes} compares the version before a save with the version
 * saved; {@link #due} looks at one version on a date. Pure functions: same input, same events, in
 * a stable order.
 */
public final class PlanEvents {
    private PlanEvents() {}

    /**
     * The events a save brings about, comparing {@code before} (empty for a new plan) with {@code
     * after}:
     *
     * <ul>
     *   <li>{@link AgreementAwaitingApproval} when an agreement version is circulated (it was not
     *       circulated before) and some parties have not approved it;
     *   <li>{@link ApprovalRecorded} for each approval not recorded before;
     *   <li>{@link AgreementInForce} when a version is in force that was not before.
     * </ul>
     */
    public static List<PlanEvent> changes(Optional<PartnershipPlan> before, PartnershipPlan after) {
        Objects.requireNonNull(before, "before");
        String id = after.partnership().id();
        List<PlanEvent> events = new ArrayList<>();
        Optional<Agreement> old = before.flatMap(PartnershipPlan::agreement);
        for (AgreementVersion now : after.agreement().map(Agreement::versions).orElse(List.of())) {
            Optional<AgreementVersion> was = old.flatMap(a -> a.version(now.number()));
            AgreementStatus wasStatus = was.map(AgreementVersion::status).orElse(AgreementStatus.DRAFT);
            if (now.status() == AgreementStatus.CIRCULATED
                    && wasStatus != AgreementStatus.CIRCULATED
                    && !now.awaitingApproval().isEmpty()) {
                events.add(new AgreementAwaitingApproval(id, now.number(), now.awaitingApproval()));
            }
            int awaiting = now.awaitingApproval().size();
            for (Approval approval : now.approvals()) {
                boolean known =
                        was.flatMap(v -> v.approvalOf(approval.institutionId())).isPresent();
                if (!known) {
                    events.add(new ApprovalRecorded(id, now.number(), approval, awaiting));
                }
            }
            if (now.status() == AgreementStatus.IN_FORCE && wasStatus != AgreementStatus.IN_FORCE) {
                events.add(new AgreementInForce(id, now.number(), now.fullyApprovedOn()));
            }
        }
        return List.copyOf(events);
    }

    /**
     * The time-based events of {@code plan} on {@code asOf}:
     *
     * <ul>
     *   <li>{@link ActivityComingUp} for each occurrence of a planned or scheduled activity that
     *       starts between {@code asOf} and {@code asOf + daysAhead}, both inclusive;
     *   <li>{@link MeasureDataOverdue} for each measure whose next collection date has passed: the
     *       last collection (or, when none, the baseline date) plus the cadence's interval; a measure
     *       collected {@link Cadence#ONCE} is overdue once its first target date has passed with no
     *       data.
     * </ul>
     */
    public static List<PlanEvent> due(PartnershipPlan plan, LocalDate asOf, Reminders reminders) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reminders, "reminders");
        String id = plan.partnership().id();
        List<PlanEvent> events = new ArrayList<>();
        LocalDate horizon = asOf.plusDays(reminders.daysAhead());
        for (Activity activity : plan.activities()) {
            if (activity.status() == ActivityStatus.DELIVERED || activity.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            for (Period occurrence : activity.schedule().occurrences(reminders.calendar())) {
                LocalDate start = occurrence.start();
                if (!start.isBefore(asOf) && !start.isAfter(horizon)) {
                    events.add(new ActivityComingUp(
                            id, activity.id(), activity.title(), occurrence, ChronoUnit.DAYS.between(asOf, start)));
                }
            }
        }
        for (Measure measure : plan.measures()) {
            Optional<LocalDate> last = reminders.dataLog().lastCollected(id, measure.id());
            nextDue(measure, last)
                    .filter(d -> d.isBefore(asOf))
                    .ifPresent(d -> events.add(new MeasureDataOverdue(id, measure.id(), measure.name(), d, last)));
        }
        return List.copyOf(events);
    }

    /**
     * The approvals still awaited in {@code plan}: one {@link AgreementAwaitingApproval} for each
     * agreement version that is circulated and that some parties have not yet approved, for
     * reminders.
     */
    public static List<PlanEvent> awaitingApproval(PartnershipPlan plan) {
        String id = plan.partnership().id();
        List<PlanEvent> events = new ArrayList<>();
        for (AgreementVersion v : plan.agreement().map(Agreement::versions).orElse(List.of())) {
            if (v.status() == AgreementStatus.CIRCULATED
                    && !v.awaitingApproval().isEmpty()) {
                events.add(new AgreementAwaitingApproval(id, v.number(), v.awaitingApproval()));
            }
        }
        return List.copyOf(events);
    }

    /**
     * The announcements among judged objective statuses: one {@link ObjectiveStatusChanged} for each
     * objective of {@code plan} whose status moved to {@link ObjectiveStatus#AT_RISK} or {@link
     * ObjectiveStatus#OFF_TRACK}. An objective missing from {@code before} counts as {@link
     * ObjectiveStatus#NOT_JUDGED}; one missing from {@code after} is not announced.
     */
    public static List<PlanEvent> statusChanges(
            PartnershipPlan plan, Map<String, ObjectiveStatus> before, Map<String, ObjectiveStatus> after) {
        List<PlanEvent> events = new ArrayList<>();
        for (Objective objective : plan.objectives()) {
            ObjectiveStatus from = before.getOrDefault(objective.id(), ObjectiveStatus.NOT_JUDGED);
            ObjectiveStatus to = after.get(objective.id());
            if (to != null && to != from && to.needsAttention()) {
                events.add(new ObjectiveStatusChanged(
                        plan.partnership().id(), objective.id(), objective.title(), from, to));
            }
        }
        return List.copyOf(events);
    }

    private static Optional<LocalDate> nextDue(Measure measure, Optional<LocalDate> last) {
        if (measure.cadence() == Cadence.ONCE) {
            return last.isPresent()
                    ? Optional.empty()
                    : measure.targets().stream().map(Target::by).min(Comparator.naturalOrder());
        }
        Optional<LocalDate> from = last.or(() -> measure.baseline().map(b -> b.date()));
        return from.flatMap(measure.cadence()::nextDueAfter);
    }
}
