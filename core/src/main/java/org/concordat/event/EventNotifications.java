package org.concordat.event;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.Measure;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;

/**
 * Turns a {@link PlanEvent} into the {@link Notification} a {@link org.concordat.spi.Notifier}
 * sends. The event type is {@link PlanEvent#eventType()}; the subject names the partnership and
 * what happened; the text body says what to do next. Recipients are the plan's people with a work
 * email, chosen by role:
 *
 * <table>
 *   <caption>Who is told about each event</caption>
 *   <tr><th>event</th><th>recipients</th></tr>
 *   <tr><td>{@code agreement.awaiting-approval}</td><td>headteachers, chairs of governors and
 *       project leads of the parties still to approve</td></tr>
 *   <tr><td>{@code agreement.approval-recorded}</td><td>partnership lead and deputy lead</td></tr>
 *   <tr><td>{@code agreement.in-force}</td><td>partnership lead, deputy lead, and the project leads,
 *       champions and headteachers of every party</td></tr>
 *   <tr><td>{@code activity.coming-up}</td><td>the activity's lead person and the champions of its
 *       host and participants (of every member when none is named)</td></tr>
 *   <tr><td>{@code measure.data-overdue}</td><td>the measure's owner, else the partnership
 *       lead</td></tr>
 *   <tr><td>{@code objective.status-changed}</td><td>partnership lead, deputy lead and the owners of
 *       the objective's measures</td></tr>
 *   <tr><td>{@code update.submitted}</td><td>partnership lead and deputy lead (the approvers), but
 *       not the submitter</td></tr>
 *   <tr><td>{@code update.returned}, {@code update.approved}</td><td>the submitter</td></tr>
 *   <tr><td>{@code period.locked}, {@code period.unlocked}</td><td>partnership lead, deputy lead and
 *       project leads</td></tr>
 * </table>
 *
 * <p>Each person is addressed once, in the first matching role, with their name and work email
 * only. A person without an email cannot be reached and is left out, as is one who opted out
 * ({@code emailOptOut}); {@link #address} counts both. When nobody can be reached, {@link
 * #toNotification} returns empty. No HTML body is made: the text is complete.
 */
public final class EventNotifications {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private EventNotifications() {}

    /**
     * The notification for {@code event}, addressed from {@code plan} (the version the event came
     * from).
     *
     * @return empty when none of the people the event concerns has a work email
     */
    public static Optional<Notification> toNotification(PlanEvent event, PartnershipPlan plan) {
        return address(event, plan).notification();
    }

    /**
     * The notification for {@code event} as {@link #toNotification} makes it, with the ids of the
     * people it is addressed to (in recipient order) and how many of the people the event concerns
     * were left out for want of a work email or because they opted out ({@code emailOptOut}).
     */
    public static Addressing address(PlanEvent event, PartnershipPlan plan) {
        Notification.Builder b = Notification.builder(event.eventType(), event.partnershipId());
        String name = plan.partnership().name();
        Reach to = new Reach();
        if (event instanceof AgreementAwaitingApproval e) {
            Set<String> awaiting = Set.copyOf(e.awaitingInstitutionIds());
            add(to, plan, inAny(awaiting), Role.HEADTEACHER, Role.CHAIR_OF_GOVERNORS, Role.PROJECT_LEAD);
            subject(b, name + ": agreement version " + e.agreementVersion() + " awaits your governing body's approval")
                    .textBody("Version " + e.agreementVersion() + " of the partnership agreement has been circulated."
                            + " Approval is still needed from: " + institutions(plan, e.awaitingInstitutionIds())
                            + ".\nPlease record your governing body's approval with the date and minute reference.");
        } else if (event instanceof ApprovalRecorded e) {
            add(to, plan, p -> true, Role.PARTNERSHIP_LEAD, Role.DEPUTY_LEAD);
            String who = institution(plan, e.approval().institutionId());
            subject(b, name + ": " + who + " approved agreement version " + e.agreementVersion())
                    .textBody(who + "'s " + e.approval().governingBody() + " approved version "
                            + e.agreementVersion() + " on "
                            + DAY.format(e.approval().date()) + " (minute "
                            + e.approval().minuteReference() + ").\n"
                            + (e.stillAwaiting() == 0
                                    ? "Every party has now approved this version."
                                    : e.stillAwaiting() + " part" + (e.stillAwaiting() == 1 ? "y has" : "ies have")
                                            + " still to approve it."));
        } else if (event instanceof AgreementInForce e) {
            add(to, plan, p -> true, Role.PARTNERSHIP_LEAD, Role.DEPUTY_LEAD);
            Set<String> parties = plan.agreement()
                    .flatMap(a -> a.version(e.agreementVersion()))
                    .map(v -> Set.copyOf(v.parties()))
                    .orElse(Set.of());
            add(to, plan, inAny(parties), Role.PROJECT_LEAD, Role.CHAMPION, Role.HEADTEACHER);
            subject(b, name + ": the agreement is in force")
                    .textBody("Version " + e.agreementVersion() + " of the partnership agreement is now in force"
                            + e.fullyApprovedOn()
                                    .map(d -> ", every governing body having approved it by " + DAY.format(d))
                                    .orElse("")
                            + ".\nWork under the action plan can start.");
        } else if (event instanceof ActivityComingUp e) {
            Optional<Activity> activity = plan.activity(e.activityId());
            activity.flatMap(Activity::leadPersonId).flatMap(plan::person).ifPresent(p -> add(to, p, "activity-lead"));
            Set<String> where = new java.util.HashSet<>();
            activity.ifPresent(a -> {
                a.hostInstitutionId().ifPresent(where::add);
                where.addAll(a.participantInstitutionIds());
            });
            if (where.isEmpty()) {
                where.addAll(plan.partnership().memberIdsOn(e.starts()));
            }
            add(to, plan, inAny(where), Role.CHAMPION);
            String when =
                    e.daysUntil() == 0 ? "today" : e.daysUntil() == 1 ? "tomorrow" : "in " + e.daysUntil() + " days";
            subject(b, name + ": " + e.title() + " " + when)
                    .textBody(e.title() + " starts " + when + ", on " + DAY.format(e.starts())
                            + (e.occurrence().days() > 1
                                    ? " (until " + DAY.format(e.occurrence().end()) + ")"
                                    : "")
                            + activity.flatMap(Activity::hostInstitutionId)
                                    .map(h -> ", hosted by " + institution(plan, h))
                                    .orElse("")
                            + ".");
        } else if (event instanceof MeasureDataOverdue e) {
            plan.measure(e.measureId())
                    .flatMap(Measure::ownerPersonId)
                    .flatMap(plan::person)
                    .ifPresent(p -> add(to, p, "measure-owner"));
            if (to.isEmpty()) {
                add(to, plan, p -> true, Role.PARTNERSHIP_LEAD);
            }
            subject(b, name + ": data for " + e.measureId() + " is overdue")
                    .textBody("Data for measure " + e.measureId() + " (" + e.measureName() + ") was due on "
                            + DAY.format(e.due())
                            + e.lastCollected()
                                    .map(d -> "; it last arrived on " + DAY.format(d))
                                    .orElse("; none has arrived yet")
                            + ".\nPlease collect it and record it.");
        } else if (event instanceof ObjectiveStatusChanged e) {
            add(to, plan, p -> true, Role.PARTNERSHIP_LEAD, Role.DEPUTY_LEAD);
            plan.objective(e.objectiveId())
                    .ifPresent(o -> o.measures()
                            .forEach(m -> m.ownerPersonId()
                                    .flatMap(plan::person)
                                    .ifPresent(p -> add(to, p, "measure-owner"))));
            String status = e.to() == ObjectiveStatus.OFF_TRACK ? "off track" : "at risk";
            subject(b, name + ": objective " + e.objectiveId() + " is " + status)
                    .textBody("Objective " + e.objectiveId() + " (" + e.objectiveTitle() + ") is now judged "
                            + status + " (it was "
                            + e.from().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ").\nPlease review its measures and activities at the next meeting.");
        } else if (event instanceof UpdateTransitioned e) {
            String what = "update " + e.updateId() + " for measure " + e.measureId() + " ("
                    + e.institutionId().map(i -> institution(plan, i)).orElse("the partnership") + ", "
                    + e.period() + ")";
            if (e.to() == org.concordat.monitoring.UpdateStatus.SUBMITTED) {
                add(to, plan, p -> !p.id().equals(e.actorId()), Role.PARTNERSHIP_LEAD, Role.DEPUTY_LEAD);
                subject(b, name + ": " + what + " awaits a decision")
                        .textBody("Monitoring " + what + " was submitted and awaits approval."
                                + "\nPlease approve it, or return it with a reason.");
            } else {
                e.submitterId().flatMap(plan::person).ifPresent(p -> add(to, p, "submitter"));
                boolean returned = e.to() == org.concordat.monitoring.UpdateStatus.RETURNED;
                subject(b, name + ": " + what + (returned ? " was returned" : " was approved"))
                        .textBody(
                                returned
                                        ? "Monitoring " + what + " was returned: "
                                                + e.reason().orElse("") + "\nPlease correct it and submit it again."
                                        : "Monitoring " + what + " was approved; it now counts in the evaluation.");
            }
        } else if (event instanceof PeriodLockChanged e) {
            add(to, plan, p -> true, Role.PARTNERSHIP_LEAD, Role.DEPUTY_LEAD, Role.PROJECT_LEAD);
            String what = (e.measureId().map(m -> "measure " + m).orElse("every measure")) + " for " + e.period();
            subject(b, name + ": monitoring of " + what + (e.locked() ? " is locked" : " is unlocked"))
                    .textBody(
                            e.locked()
                                    ? "Monitoring of " + what + " is locked: no update in it can be added or changed."
                                            + e.reason()
                                                    .map(r -> "\nReason: " + r)
                                                    .orElse("")
                                    : "Monitoring of " + what + " was unlocked: "
                                            + e.reason().orElse("")
                                            + "\nUpdates in it can be added and decided again until it is locked.");
        }
        if (to.isEmpty()) {
            return new Addressing(Optional.empty(), List.of(), to.withoutAddress.size(), to.optedOut.size());
        }
        to.recipients.values().forEach(b::recipient);
        return new Addressing(
                Optional.of(b.build()),
                List.copyOf(to.recipients.keySet()),
                to.withoutAddress.size(),
                to.optedOut.size());
    }

    /** The people an event reaches, by person id, and those it cannot. */
    private static final class Reach {
        final Map<String, Recipient> recipients = new LinkedHashMap<>();
        final Set<String> withoutAddress = new java.util.TreeSet<>();
        final Set<String> optedOut = new java.util.TreeSet<>();

        boolean isEmpty() {
            return recipients.isEmpty();
        }

        void add(Person person, String role) {
            if (recipients.containsKey(person.id())) {
                return;
            }
            if (person.emailOptOut()) {
                optedOut.add(person.id());
            } else if (person.email().isEmpty()) {
                withoutAddress.add(person.id());
            } else {
                recipients.put(
                        person.id(),
                        Recipient.of(
                                oneLine(person.name()), role, person.email().get()));
            }
        }
    }

    /** The role as a recipient role, e.g. {@code chair-of-governors}. */
    public static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Predicate<Person> inAny(Set<String> institutionIds) {
        return p -> p.institutionId().filter(institutionIds::contains).isPresent();
    }

    private static void add(Reach to, PartnershipPlan plan, Predicate<Person> where, Role... roles) {
        for (Role role : roles) {
            for (Person p : plan.people()) {
                if (p.has(role) && where.test(p)) {
                    add(to, p, roleName(role));
                }
            }
        }
    }

    private static void add(Reach to, Person person, String role) {
        to.add(person, role);
    }

    private static String institutions(PartnershipPlan plan, List<String> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(institution(plan, id)));
        return String.join(", ", names);
    }

    private static String institution(PartnershipPlan plan, String id) {
        return plan.institution(id).map(Institution::name).orElse(id);
    }

    private static Notification.Builder subject(Notification.Builder b, String text) {
        String line = oneLine(text);
        // Notification subjects are one line of at most 200 characters; plan texts may be longer.
        return b.subject(line.length() <= 200 ? line : line.substring(0, 199) + "…");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
