package org.concordat.internal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DayFormatTest {
    @Test
    void writes_a_day_in_full_the_british_way_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(DayFormat.uk(LocalDate.of(2026, 9, 15))).isEqualTo("15 September 2026");
            assertThat(DayFormat.uk(LocalDate.of(2025, 10, 2))).isEqualTo("2 October 2025");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writes_a_day_in_full_in_another_locale_for_the_labels() {
        assertThat(DayFormat.full(Locale.forLanguageTag("cy-GB")).format(LocalDate.of(2026, 9, 15)))
                .isEqualTo("15 Medi 2026");
    }
}
