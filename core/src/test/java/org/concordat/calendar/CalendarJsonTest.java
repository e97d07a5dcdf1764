package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CalendarJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writes_text_form_values_as_json_strings_and_reads_them_back() throws Exception {
        AcademicYear year = AcademicYear.of(2025);
        Period period = Period.parse("2025-09-01/2026-08-31");
        AcademicTerm term = AcademicTerm.parse("2025/26 spring");
        AcademicHalfTerm half = AcademicHalfTerm.parse("2025/26 summer 2");

        assertThat(json.writeValueAsString(year)).isEqualTo("\"2025/26\"");
        assertThat(json.writeValueAsString(period)).isEqualTo("\"2025-09-01/2026-08-31\"");
        assertThat(json.writeValueAsString(term)).isEqualTo("\"2025/26 spring\"");
        assertThat(json.writeValueAsString(half)).isEqualTo("\"2025/26 summer 2\"");

        assertThat(json.readValue("\"2025-26\"", AcademicYear.class)).isEqualTo(year);
        assertThat(json.readValue("\"2025-09-01/2026-08-31\"", Period.class)).isEqualTo(period);
        assertThat(json.readValue("\"2025/26 spring\"", AcademicTerm.class)).isEqualTo(term);
        assertThat(json.readValue("\"2025/26 summer 2\"", AcademicHalfTerm.class))
                .isEqualTo(half);
    }

    @Test
    void writes_enums_by_constant_name() throws Exception {
        assertThat(json.writeValueAsString(YearGroup.YEAR_7)).isEqualTo("\"YEAR_7\"");
        assertThat(json.readValue("\"AUTUMN_1\"", HalfTerm.class)).isEqualTo(HalfTerm.AUTUMN_1);
    }

    @Test
    void reports_the_calendar_refusal_when_reading_an_impossible_value() {
        assertThatThrownBy(() -> json.readValue("\"2025/27\"", AcademicYear.class))
                .isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(InvalidCalendarValueException.class)
                .hasMessageContaining("the second year must follow the first");
    }
}
