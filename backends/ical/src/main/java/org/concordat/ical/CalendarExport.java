package org.concordat.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.ical.internal.IcsWriter;
import org.concordat.partnership.Person;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.Objective;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Schedule;

/**
 * A partnership's action plan as an iCalendar file ({@code .ics}, RFC 5545) to import into a
 * school's calendar: one all-day {@code VEVENT} per occurrence of each activity, so a termly champion
 * meeting is one event in each term of its period.
 *
 * <p>Immutable, like {@code java.time} values: each {@code with...} gives a changed copy.
 *
 * <pre>{@code
 * CalendarExport.of(plan)
 *         .withTermCalendar(TermDatesFile.read(Path.of("term-dates.txt")))
 *         .forPerson("p-okafor")
 *         .writeTo(out);
 * }</pre>
 *
 * <p>What the file promises:
 *
 * <ul>
 *   <li>each event's {@code UID} is made of the plan's id, the activity's id and the occurrence (see
 *       {@link CalendarEvent#uid()}), so exporting again, even with other term dates, gives the same
 *       UIDs and a calendar updates its events instead of duplicating them;
 *   <li>{@code SEQUENCE} is the revision given by {@link #withSequence(int)} (0 unless given): give a
 *       higher one when the plan has changed since the last export, e.g. the record store's version
 *       of the plan, so that calendars take the changed events as newer;
 *   <li>{@code DTSTAMP} is the time of the export in UTC ({@link #stampedAt(Instant)});
 *   <li>dates are {@code VALUE=DATE} with {@code DTEND} the day after the last day (iCalendar's end is
 *       exclusive), so no time zone is involved and no {@code VTIMEZONE} is needed;
 *   <li>{@code LOCATION} is the host institution, {@code DESCRIPTION} names the activity type, the
 *       objectives served and the lead; {@code STATUS} follows the activity's status;
 *   <li>lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character.
 * </ul>
 *
 * <p>Without {@link #withTermCalendar(TermCalendar)}, terms and half-terms take the library's
 * approximate default dates ({@link TermCalendar#defaults()}).
 */
public final class CalendarExport {
    private final PartnershipPlan plan;
    private final TermCalendar calendar;
    private final Optional<String> personId;
    private final int sequence;
    private final Optional<Instant> stamp;

    private CalendarExport(
            PartnershipPlan plan,
            TermCalendar calendar,
            Optional<String> personId,
            int sequence,
            Optional<Instant> stamp) {
        this.plan = plan;
        this.calendar = calendar;
        this.personId = personId;
        this.sequence = sequence;
        this.stamp = stamp;
    }

    /** An export of every activity of {@code plan}, with the default term dates. */
    public static CalendarExport of(PartnershipPlan plan) {
        return new CalendarExport(
                Objects.requireNonNull(plan, "plan"), TermCalendar.defaults(), Optional.empty(), 0, Optional.empty());
    }

    /** A copy placing terms and half-terms on the dates of {@code termCalendar}. */
    public CalendarExport withTermCalendar(TermCalendar termCalendar) {
        return new CalendarExport(
                plan, Objects.requireNonNull(termCalendar, "termCalendar"), personId, sequence, stamp);
    }

    /**
     * A copy exporting only the activities the person leads or attends: those they lead, and those
     * whose host or participants include their institution (an activity without participants is
     * attended by every member of the partnership).
     *
     * @throws IllegalArgumentException when the plan has no person with that id
     */
    public CalendarExport forPerson(String personId) {
        Objects.requireNonNull(personId, "personId");
        if (plan.person(personId).isEmpty()) {
            throw new IllegalArgumentException("person \"" + personId + "\": not in plan \""
                    + plan.partnership().id() + "\" (give the id of one of its people)");
        }
        return new CalendarExport(plan, calendar, Optional.of(personId), sequence, stamp);
    }

    /**
     * A copy whose events carry {@code SEQUENCE:sequence}.
     *
     * @throws IllegalArgumentException when {@code sequence} is negative
     */
    public CalendarExport withSequence(int sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence \"" + sequence + "\": must not be negative");
        }
        return new CalendarExport(plan, calendar, personId, sequence, stamp);
    }

    /** A copy whose events carry {@code DTSTAMP} at {@code instant} (to the second) instead of now. */
    public CalendarExport stampedAt(Instant instant) {
        return new CalendarExport(
                plan, calendar, personId, sequence, Optional.of(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The events, in plan order of activities and in date order within each. */
    public List<CalendarEvent> events() {
        List<CalendarEvent> events = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            if (personId.isPresent()
                    && !concerns(activity, plan.person(personId.get()).orElseThrow())) {
                continue;
            }
            Schedule schedule = activity.schedule();
            boolean fixed = schedule instanceof Schedule.On || schedule instanceof Schedule.Between;
            for (Period occurrence : schedule.occurrences(calendar)) {
                String key = occurrenceKey(schedule, occurrence);
                events.add(new CalendarEvent(
                        plan.partnership().id() + "/" + activity.id() + "/" + key + "@concordat",
                        activity.title(),
                        occurrence.start(),
                        occurrence.end(),
                        fixed,
                        location(activity),
                        description(activity, schedule, occurrence),
                        status(activity.status())));
            }
        }
        return List.copyOf(events);
    }

    /**
     * Writes the calendar to {@code out} as UTF-8 and flushes it; never closes it.
     *
     * @throws IOException when writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes());
        out.flush();
    }

    /** The calendar file's bytes (UTF-8, CRLF line ends, folded at 75 octets). */
    public byte[] toBytes() {
        return IcsWriter.write(
                plan.partnership().name() + " action plan",
                events(),
                sequence,
                stamp.orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** What is exported, by ids only (no names), e.g. {@code CalendarExport[plan p1, ..., sequence 0]}. */
    @Override
    public String toString() {
        return "CalendarExport[plan " + plan.partnership().id() + ", " + calendar
                + personId.map(p -> ", person " + p).orElse("") + ", sequence " + sequence + "]";
    }

    private boolean concerns(Activity activity, Person person) {
        if (activity.leadPersonId().filter(person.id()::equals).isPresent()) {
            return true;
        }
        if (person.institutionId().isEmpty()) {
            return false;
        }
        String institution = person.institutionId().get();
        if (activity.hostInstitutionId().filter(institution::equals).isPresent()) {
            return true;
        }
        return activity.participantInstitutionIds().isEmpty()
                ? plan.partnership().member(institution).isPresent()
                : activity.participantInstitutionIds().contains(institution);
    }

    /** What tells this occurrence from the activity's others, whatever the term dates. */
    private String occurrenceKey(Schedule schedule, Period occurrence) {
        if (schedule instanceof Schedule.EachTerm) {
            AcademicTerm term = calendar.planningTermOf(occurrence.start());
            return key(term.toString());
        }
        if (schedule instanceof Schedule.EachHalfTerm) {
            AcademicHalfTerm half = calendar.planningHalfTermOf(occurrence.start());
            return key(half.toString());
        }
        return "once";
    }

    /** {@code 2025/26 autumn 1} as {@code 2025-26-autumn-1}. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('/', '-').replace(' ', '-');
    }

    private Optional<String> location(Activity activity) {
        return activity.hostInstitutionId()
                .map(id -> plan.institution(id)
                        .map(i -> i.name() + i.postcode().map(p -> ", " + p).orElse(""))
                        .orElse(id));
    }

    private String description(Activity activity, Schedule schedule, Period occurrence) {
        List<String> lines = new ArrayList<>();
        lines.add(words(activity.type().name()) + ".");
        activity.description().ifPresent(lines::add);
        List<String> objectives = activity.objectiveIds().stream()
                .sorted()
                .map(id -> plan.objective(id).map(CalendarExport::objective).orElse(id))
                .toList();
        if (!objectives.isEmpty()) {
            lines.add((objectives.size() == 1 ? "Objective served: " : "Objectives served: ")
                    + String.join("; ", objectives));
        }
        activity.leadPersonId()
                .map(id -> plan.person(id).map(Person::name).orElse(id))
                .ifPresent(lead -> lines.add("Lead: " + lead));
        if (schedule instanceof Schedule.InTerm || schedule instanceof Schedule.EachTerm) {
            lines.add("Date to be set: some time in the " + termWords(calendar.planningTermOf(occurrence.start()))
                    + "; this event spans the days it can fall on.");
        } else if (schedule instanceof Schedule.InHalfTerm || schedule instanceof Schedule.EachHalfTerm) {
            lines.add("Date to be set: some time in "
                    + halfTermWords(calendar.planningHalfTermOf(occurrence.start()))
                    + "; this event spans the days it can fall on.");
        }
        return String.join("\n", lines);
    }

    private static String objective(Objective o) {
        return o.id() + " " + o.title();
    }

    /** {@code 2025/26 autumn} as {@code autumn term 2025/26}. */
    private static String termWords(AcademicTerm term) {
        return term.term().name().toLowerCase(Locale.ROOT) + " term " + term.year();
    }

    /** {@code 2025/26 autumn 1} as {@code the first half of the autumn term 2025/26}. */
    private static String halfTermWords(AcademicHalfTerm half) {
        String which = half.halfTerm().number() % 2 == 1 ? "first" : "second";
        return "the " + which + " half of the " + termWords(half.academicTerm());
    }

    private static String status(ActivityStatus status) {
        return switch (status) {
            case PLANNED -> "TENTATIVE";
            case SCHEDULED, DELIVERED -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
        };
    }

    /** {@code CHAMPION_MEETING} as {@code Champion meeting}. */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
