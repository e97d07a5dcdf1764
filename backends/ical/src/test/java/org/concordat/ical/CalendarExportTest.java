package org.concordat.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.io.Plans;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityType;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.Schedule;
import org.junit.jupiter.api.Test;

/** The example plan exported as iCalendar, read back with ical4j and checked on its bytes. */
class CalendarExportTest {
    static final Path REPO = Path.of(System.getProperty("concordat.repo", "../.."));
    static final PartnershipPlan PLAN = Plans.read(REPO.resolve("examples/plans/first-plan.yaml"));
    static final TermCalendar TERM_DATES =
            TermDatesFile.read(REPO.resolve("examples/term-dates/example-term-dates.txt"));
    static final Instant STAMP = Instant.parse("2025-09-01T08:00:00Z");

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static List<VEvent> vevents(Calendar calendar) {
        return calendar.getComponents(VEvent.VEVENT);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static Set<String> uids(CalendarExport export) {
        return export.events().stream().map(CalendarEvent::uid).collect(Collectors.toSet());
    }

    @Test
    void the_file_parses_with_ical4j_with_one_event_per_occurrence() throws Exception {
        CalendarExport export =
                CalendarExport.of(PLAN).withTermCalendar(TERM_DATES).stampedAt(STAMP);
        Calendar calendar = parse(export.toBytes());

        List<VEvent> events = vevents(calendar);
        int occurrences = PLAN.activities().stream()
                .mapToInt(a -> a.schedule().occurrences(TERM_DATES).size())
                .sum();
        assertThat(events).hasSize(occurrences).hasSize(export.events().size());
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue))
                .contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue))
                .isPresent();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("PUBLISH");
        for (VEvent e : events) {
            assertThat(e.getProperties(Property.UID)).hasSize(1);
            assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1);
            assertThat(value(e, Property.DTSTAMP)).isEqualTo("20250901T080000Z");
            assertThat(value(e, Property.SEQUENCE)).isEqualTo("0");
        }
    }

    @Test
    void uids_are_unchanged_between_two_exports_and_change_for_a_new_activity() throws Exception {
        CalendarExport first = CalendarExport.of(PLAN).stampedAt(STAMP);
        // Later, with the real term dates and a new revision: the same events, updated.
        CalendarExport again = CalendarExport.of(PLAN)
                .withTermCalendar(TERM_DATES)
                .withSequence(3)
                .stampedAt(Instant.now());
        assertThat(uids(again)).isEqualTo(uids(first)).hasSize(first.events().size());
        assertThat(vevents(parse(again.toBytes())))
                .hasSize(first.events().size())
                .allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("3"));

        List<Activity> activities = new ArrayList<>(PLAN.activities());
        activities.add(
                0,
                Activity.builder()
                        .id("A11")
                        .title("Extra networking meeting")
                        .type(ActivityType.NETWORKING_MEETING)
                        .schedule(Schedule.on(LocalDate.of(2026, 5, 6)))
                        .build());
        CalendarExport grown =
                CalendarExport.of(PLAN.withActivities(activities)).stampedAt(STAMP);
        Set<String> added = new java.util.HashSet<>(uids(grown));
        added.removeAll(uids(first));
        assertThat(added).containsExactly("aire-valley-stem/A11/once@concordat");
        assertThat(uids(grown)).containsAll(uids(first));
    }

    @Test
    void an_all_day_events_dtend_is_the_day_after() throws Exception {
        byte[] ics = CalendarExport.of(PLAN).stampedAt(STAMP).toBytes();
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("UID:aire-valley-stem/A1/once@concordat\r\n")
                .contains("DTSTART;VALUE=DATE:20251002\r\nDTEND;VALUE=DATE:20251003\r\n");
        VEvent launch = vevents(parse(ics)).stream()
                .filter(e -> value(e, Property.UID).equals("aire-valley-stem/A1/once@concordat"))
                .findFirst()
                .orElseThrow();
        assertThat(value(launch, Property.DTSTART)).isEqualTo("20251002");
        assertThat(value(launch, Property.DTEND)).isEqualTo("20251003");
        assertThat(launch.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        // The placement runs 6 to 10 July inclusive; DTEND is exclusive.
        assertThat(text).contains("DTSTART;VALUE=DATE:20260706\r\nDTEND;VALUE=DATE:20260711\r\n");
    }

    @Test
    void a_termly_meeting_has_one_event_per_term_inside_the_plans_period_on_the_real_dates() {
        Period period = PLAN.partnership().period();
        List<CalendarEvent> meetings = CalendarExport.of(PLAN).withTermCalendar(TERM_DATES).events().stream()
                .filter(e -> e.uid().startsWith("aire-valley-stem/A2/"))
                .toList();
        List<AcademicTerm> terms = TERM_DATES.termsOverlapping(period);
        assertThat(terms).hasSize(6);
        assertThat(meetings).hasSize(6);
        for (int i = 0; i < 6; i++) {
            CalendarEvent meeting = meetings.get(i);
            assertThat(period.contains(meeting.firstDay()) && period.contains(meeting.lastDay()))
                    .isTrue();
            assertThat(meeting.firstDay())
                    .isEqualTo(TERM_DATES.periodOf(terms.get(i)).start());
            assertThat(meeting.lastDay())
                    .isEqualTo(TERM_DATES.periodOf(terms.get(i)).end());
            assertThat(meeting.dateFixed()).isFalse();
        }
        assertThat(meetings.get(0).uid()).isEqualTo("aire-valley-stem/A2/2025-26-autumn@concordat");
        assertThat(meetings.get(0).firstDay()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(meetings.get(5).uid()).isEqualTo("aire-valley-stem/A2/2026-27-summer@concordat");
        assertThat(meetings.get(0).description())
                .contains("Date to be set: some time in the autumn term 2025/26")
                .contains("Objectives served: O1 ")
                .contains("Lead: ");
    }

    @Test
    void an_undated_window_is_free_time_and_a_fixed_day_is_not() throws Exception {
        String text = new String(CalendarExport.of(PLAN).stampedAt(STAMP).toBytes(), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        String launch = text.substring(text.indexOf("UID:aire-valley-stem/A1/"));
        launch = launch.substring(0, launch.indexOf("END:VEVENT"));
        String meeting = text.substring(text.indexOf("UID:aire-valley-stem/A2/"));
        meeting = meeting.substring(0, meeting.indexOf("END:VEVENT"));
        assertThat(launch).doesNotContain("TRANSP").contains("STATUS:CONFIRMED");
        assertThat(meeting).contains("TRANSP:TRANSPARENT");
    }

    @Test
    void location_is_the_host_institution_and_status_follows_the_activity() throws Exception {
        VEvent launch = vevents(parse(CalendarExport.of(PLAN).stampedAt(STAMP).toBytes())).stream()
                .filter(e -> value(e, Property.UID).startsWith("aire-valley-stem/A1/"))
                .findFirst()
                .orElseThrow();
        String host = PLAN.institution("urn-138001").orElseThrow().name();
        assertThat(value(launch, Property.LOCATION)).startsWith(host);
        assertThat(value(launch, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(launch, Property.DESCRIPTION))
                .contains("Conference.")
                .contains(PLAN.objective("O1").orElseThrow().title())
                .contains(PLAN.objective("O2").orElseThrow().title());
        VEvent coaching = vevents(parse(CalendarExport.of(PLAN).toBytes())).stream()
                .filter(e -> value(e, Property.UID).startsWith("aire-valley-stem/A4/"))
                .findFirst()
                .orElseThrow();
        assertThat(value(coaching, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(coaching.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() throws Exception {
        String welsh =
                "Cyfarfod hyrwyddwyr STEM — ŵyr, ŷd, €, 数学, 🧪 ".repeat(12).strip();
        List<Activity> activities = new ArrayList<>(PLAN.activities());
        activities.set(0, activities.get(0).withTitle(welsh).withDescription(welsh));
        byte[] ics = CalendarExport.of(PLAN.withActivities(activities))
                .stampedAt(STAMP)
                .toBytes();

        List<byte[]> lines = physicalLines(ics);
        assertThat(lines.size()).isGreaterThan(50);
        boolean folded = false;
        for (byte[] line : lines) {
            assertThat(line.length).as("octets in a line").isLessThanOrEqualTo(75);
            // Each physical line is whole UTF-8 on its own: no character was split by a fold.
            strictUtf8(line);
            folded |= line.length > 0 && line[0] == ' ';
        }
        assertThat(folded).isTrue();
        // Unfolded by ical4j, the long title comes back whole.
        VEvent first = vevents(parse(ics)).stream()
                .filter(e -> value(e, Property.UID).startsWith("aire-valley-stem/A1/"))
                .findFirst()
                .orElseThrow();
        assertThat(value(first, Property.SUMMARY)).isEqualTo(welsh);
    }

    /** The lines of {@code ics}, asserting each ends in CR LF and no CR or LF stands alone. */
    static List<byte[]> physicalLines(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                assertThat(i).as("LF at %d follows CR", i).isPositive();
                assertThat(ics[i - 1]).as("LF at %d follows CR", i).isEqualTo((byte) '\r');
                lines.add(java.util.Arrays.copyOfRange(ics, start, i - 1));
                start = i + 1;
            } else if (ics[i] == '\r') {
                assertThat(i + 1 < ics.length && ics[i + 1] == '\n')
                        .as("CR at %d is followed by LF", i)
                        .isTrue();
            }
        }
        assertThat(start).as("the file ends with CRLF").isEqualTo(ics.length);
        return lines;
    }

    static void strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a line is not whole UTF-8: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    @Test
    void a_person_gets_only_what_they_lead_or_attend() {
        // The facilitator's body is not a member: only the CPD they lead, hosted by their body.
        assertThat(CalendarExport.of(PLAN).forPerson("p-wood").events())
                .extracting(CalendarEvent::uid)
                .containsExactly("aire-valley-stem/A3/once@concordat");
        // The ambassador leads the careers week and works where the placement is hosted.
        assertThat(CalendarExport.of(PLAN).forPerson("p-adeyemi").events())
                .extracting(CalendarEvent::uid)
                .containsExactly("aire-valley-stem/A5/once@concordat", "aire-valley-stem/A6/once@concordat");
        // A member school's champion: every activity here is open to all members or names their school.
        assertThat(uids(CalendarExport.of(PLAN).forPerson("p-novak"))).isEqualTo(uids(CalendarExport.of(PLAN)));
    }

    @Test
    void an_unknown_person_or_a_negative_sequence_is_refused() {
        assertThatThrownBy(() -> CalendarExport.of(PLAN).forPerson("p-nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person \"p-nobody\": not in plan \"aire-valley-stem\" (give the id of one of its people)");
        assertThatThrownBy(() -> CalendarExport.of(PLAN).withSequence(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sequence \"-1\": must not be negative");
    }

    @Test
    void the_same_export_gives_the_same_bytes() {
        CalendarExport export =
                CalendarExport.of(PLAN).withTermCalendar(TERM_DATES).stampedAt(STAMP);
        assertThat(export.toBytes()).isEqualTo(export.toBytes());
    }
}
