package org.concordat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates a plan file holds stay inside the years an academic year can start in, so every rule can
 * place them in a year (found by fuzzing: a period starting in 0621, and an activity scheduled on 0226-06-24, read, then failed validation).
 */
class PlanDatesTest {
    private static String example() throws java.io.IOException {
        return Files.readString(FirstPlanExampleTest.EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0621-09-01/2027-08-31", "2025-09-01/9999-08-31"})
    void a_period_outside_the_calendar_years_is_refused_at_its_place(String period) throws Exception {
        String yaml = example().replace("  period: 2025-09-01/2027-08-31\n", "  period: " + period + "\n");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo("/partnership/period");
        assertThat(e.line()).isPositive();
        assertThat(e.detail()).contains("the year must be between 1000 and 9998");
    }

    @Test
    void a_date_outside_the_calendar_years_is_refused_at_its_place() throws Exception {
        String yaml = example().replaceFirst("joined: 2025-07-14", "joined: 0999-07-14");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e).isNotNull();
        assertThat(e.pointer()).isEqualTo("/partnership/members/0/joined");
        assertThat(e.detail()).contains("date 0999-07-14").contains("between 1000 and 9998");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0226-06-24", "0226-06-24/2026-06-25", "each term 2025-09-01/9999-08-31"})
    void a_schedule_outside_the_calendar_years_is_refused_at_its_place(String schedule) throws Exception {
        String yaml = example().replaceFirst("schedule: \\S.*\n", "schedule: " + schedule + "\n");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e).as(schedule).isNotNull();
        assertThat(e.pointer()).isEqualTo("/activities/0/schedule");
        assertThat(e.detail()).contains("the year must be between 1000 and 9998");
    }

    @Test
    void a_backwards_period_keeps_its_message() throws Exception {
        String yaml = example().replace("  period: 2025-09-01/2027-08-31\n", "  period: 2027-09-01/2025-08-31\n");

        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.readYaml(yaml));

        assertThat(e.pointer()).isEqualTo("/partnership/period");
        assertThat(e.detail()).contains("must not be after end");
    }
}
