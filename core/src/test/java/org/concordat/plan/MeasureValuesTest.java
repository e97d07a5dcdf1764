package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureValuesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "34.5",
                "-0.25",
                "123456789012345678",
                "0.123456789012345678",
                "1E-30",
                "999999999999999999E+12",
                "0000000000000000000000000034.5",
                "+7",
                "1.",
                ".5"
            })
    void reads_values_inside_the_bound(String text) {
        assertThat(MeasureValues.parse(text)).isEqualTo(new BigDecimal(text));
        assertThat(MeasureValues.isWithinBounds(new BigDecimal(text))).isTrue();
    }

    @Test
    void refuses_too_many_significant_digits_naming_the_count() {
        assertThatThrownBy(() -> MeasureValues.parse("1234567890123456789"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measure value \"1234567890123456789\": has 19 significant digits; at most 18 are"
                        + " allowed");
    }

    @Test
    void refuses_more_than_thirty_decimal_places() {
        assertThatThrownBy(() -> MeasureValues.parse("1E-31"))
                .hasMessage("measure value \"1E-31\": is too small or too precise: at most 30 decimal places are"
                        + " allowed (values from 1E-30)");
        assertThatThrownBy(() -> MeasureValues.parse("1e-999999999")).hasMessageContaining("at most 30 decimal");
    }

    @Test
    void refuses_values_of_ten_to_the_thirty_or_more() {
        assertThatThrownBy(() -> MeasureValues.parse("1E+30"))
                .hasMessage("measure value \"1E+30\": is too large: at most 30 digits before the decimal point are"
                        + " allowed (values below 1E+30)");
        assertThatThrownBy(() -> MeasureValues.parse("1e999999999")).hasMessageContaining("is too large");
    }

    @Test
    void refuses_long_text_before_building_a_number_and_quotes_only_its_start() {
        String huge = "1".repeat(300_000);
        assertThatThrownBy(() -> MeasureValues.parse(huge))
                .hasMessage("measure value \"" + "1".repeat(40) + "…\" (300000 characters): is too long: a measure"
                        + " value has at most 100 characters");
    }

    @Test
    void refuses_what_is_not_a_decimal_number() {
        assertThatThrownBy(() -> MeasureValues.parse("0x1F"))
                .hasMessage("measure value \"0x1F\": must be a decimal" + " number, e.g. 34.5");
        assertThatThrownBy(() -> MeasureValues.parse("1e99999999999")).hasMessageContaining("must be a decimal");
    }

    @Test
    void baselines_targets_and_observations_refuse_values_outside_the_bound() {
        BigDecimal tiny = new BigDecimal("1E-999999999");
        LocalDate day = LocalDate.of(2026, 8, 31);
        assertThatThrownBy(() -> Baseline.of(tiny, day, "MIS"))
                .hasMessageStartingWith("baseline.value \"1E-999999999\": is too small");
        assertThatThrownBy(() -> Target.of(tiny, day)).hasMessageStartingWith("target.value \"1E-999999999\"");
        assertThatThrownBy(() -> Observation.builder()
                        .measureId("M1")
                        .period(Period.parse("2025-09-01/2026-08-31"))
                        .value(new BigDecimal("1E+40"))
                        .n(10)
                        .source("results")
                        .build())
                .hasMessageStartingWith("observation.value \"1E+40\": is too large");
    }
}
