package org.concordat.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.concordat.calendar.AcademicYear;
import org.concordat.plan.Activity;
import org.concordat.testkit.quicktheories.CalendarGen;
import org.concordat.testkit.quicktheories.PlanGen;
import org.junit.jupiter.api.Test;

/** Invariants of the export over generated plans (testkit's {@link PlanGen}), hostile texts included. */
class CalendarPropertiesTest {
    private static List<String> uids(CalendarExport export) {
        return export.events().stream().map(CalendarEvent::uid).toList();
    }

    @Test
    void uids_are_unique_and_stable_across_exports_and_activity_order() {
        qt().withExamples(200).forAll(PlanGen.plans()).checkAssert(plan -> {
            List<String> first = uids(CalendarExport.of(plan).stampedAt(Instant.EPOCH));
            assertThat(Set.copyOf(first)).as("unique").hasSize(first.size());
            assertThat(uids(CalendarExport.of(plan).withSequence(7).stampedAt(Instant.now())))
                    .as("stable")
                    .isEqualTo(first);
            List<Activity> reversed = new ArrayList<>(plan.activities());
            Collections.reverse(reversed);
            assertThat(Set.copyOf(uids(CalendarExport.of(plan.withActivities(reversed)))))
                    .as("independent of activity order")
                    .isEqualTo(Set.copyOf(first));
        });
    }

    @Test
    void term_dates_for_one_year_change_only_that_years_events() {
        // Term dates move, add or drop occurrences of their own year only.
        qt().withExamples(100).forAll(PlanGen.plans(), CalendarGen.termDates()).checkAssert((plan, dates) -> {
            List<CalendarEvent> defaults = CalendarExport.of(plan).events();
            List<CalendarEvent> local = CalendarExport.of(plan)
                    .withTermCalendar(org.concordat.calendar.TermCalendar.of(List.of(dates)))
                    .events();
            for (CalendarEvent e : local) {
                AcademicYear year = AcademicYear.containing(e.firstDay());
                if (!year.equals(dates.year())) {
                    assertThat(defaults)
                            .as("outside the changed year nothing changes")
                            .contains(e);
                }
            }
            Set<String> uids = local.stream().map(CalendarEvent::uid).collect(Collectors.toSet());
            assertThat(uids).hasSize(local.size());
        });
    }

    @Test
    void every_generated_plan_exports_to_a_file_ical4j_reads_back_event_for_event() {
        qt().withExamples(150).forAll(PlanGen.plans()).checkAssert(plan -> {
            CalendarExport export = CalendarExport.of(plan).stampedAt(Instant.EPOCH);
            byte[] ics = export.toBytes();
            CalendarExportTest.physicalLines(ics).forEach(line -> {
                assertThat(line.length).isLessThanOrEqualTo(75);
                CalendarExportTest.strictUtf8(line);
            });
            List<VEvent> events;
            try {
                events = new CalendarBuilder()
                        .build(new ByteArrayInputStream(ics))
                        .getComponents(VEvent.VEVENT);
            } catch (Exception e) {
                throw new AssertionError("ical4j cannot read the export", e);
            }
            assertThat(events)
                    .extracting(e ->
                            e.getProperty(Property.UID).map(Property::getValue).orElseThrow())
                    .containsExactlyElementsOf(uids(export));
        });
    }
}
