package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concordat calendar}, run from the built jar: an .ics staff can import, nothing on failure. */
class CalendarIT {
    @TempDir
    Path dir;

    private void examples() throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), ValidateIT.firstPlan(), StandardCharsets.UTF_8);
        Files.copy(Jar.repository().resolve("examples/term-dates/example-term-dates.txt"), dir.resolve("terms.txt"));
    }

    private static List<VEvent> events(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics)).getComponents(VEvent.VEVENT);
    }

    @Test
    void writes_the_action_plan_as_an_ics_file_on_the_term_dates_given() throws Exception {
        examples();

        Jar.Run run = Jar.run(dir, "calendar", "plan.yaml", "--term-dates", "terms.txt", "-o", "plan.ics");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        byte[] ics = Files.readAllBytes(dir.resolve("plan.ics"));
        assertThat(new String(ics, StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR\r\n")
                .endsWith("END:VCALENDAR\r\n")
                // The first termly champion meeting spans the autumn term of the file given.
                .contains("UID:aire-valley-stem/A2/2025-26-autumn@concordat\r\n")
                .contains("DTSTART;VALUE=DATE:20250903\r\n");
        assertThat(events(ics)).hasSizeGreaterThan(10);
    }

    @Test
    void writes_only_a_persons_activities_to_standard_output() throws Exception {
        examples();

        Jar.Run run = Jar.run(dir, "calendar", "plan.yaml", "--person", "p-wood");

        assertThat(run.exit()).as(run.toString()).isZero();
        List<VEvent> events = events(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(events)
                .extracting(
                        e -> e.getProperty(Property.UID).map(Property::getValue).orElseThrow())
                .containsExactly("aire-valley-stem/A3/once@concordat");
    }

    @Test
    void writes_nothing_for_an_unknown_person_or_bad_term_dates() throws IOException {
        examples();
        Files.writeString(dir.resolve("bad.txt"), "2025/26 autumn 1: 2025-10-24/2025-09-03\n", StandardCharsets.UTF_8);

        Jar.Run nobody = Jar.run(dir, "calendar", "plan.yaml", "--person", "p-nobody", "-o", "a.ics");
        Jar.Run bad = Jar.run(dir, "calendar", "plan.yaml", "--term-dates", "bad.txt", "-o", "b.ics");

        assertThat(nobody.exit()).as(nobody.toString()).isEqualTo(2);
        assertThat(nobody.err())
                .isEqualTo("concordat: --person: person \"p-nobody\": not in plan \"aire-valley-stem\""
                        + " (give the id of one of its people)\n");
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(2);
        assertThat(bad.err()).startsWith("concordat: bad.txt:1: period \"2025-10-24/2025-09-03\"");
        assertThat(dir.resolve("a.ics")).doesNotExist();
        assertThat(dir.resolve("b.ics")).doesNotExist();
    }
}
