package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The half-term and holiday lookups worked out from the half-terms' bounds agree with asking day
 * by day, for default and arbitrary (valid) term dates and any period, inside the year or across
 * its ends.
 */
class TermDatesHolidayPropertyTest {
    /** Term dates for a year: the defaults, or six half-terms of random lengths and gaps. */
    private static Gen<TermDates> termDates() {
        Gen<Integer> years = SourceDSL.integers().between(1995, 2045);
        Gen<int[]> shape = SourceDSL.integers().between(0, Integer.MAX_VALUE).map(seed -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            int[] out = new int[13];
            for (int i = 0; i < out.length; i++) {
                out[i] = r.nextInt(1, 50);
            }
            return out;
        });
        return years.zip(shape, SourceDSL.booleans().all(), (y, s, defaults) -> {
            AcademicYear year = AcademicYear.of(y);
            if (defaults) {
                return TermDates.defaults(year);
            }
            // s[0] days before autumn 1, then for each half-term a length and a gap after it; scaled
            // so the six fit in the year's 365 or 366 days.
            Map<HalfTerm, Period> halves = new EnumMap<>(HalfTerm.class);
            LocalDate day = year.start().plusDays(s[0] % 10);
            for (HalfTerm half : HalfTerm.values()) {
                LocalDate end = day.plusDays(s[1 + 2 * half.ordinal()]);
                halves.put(half, Period.of(day, end));
                day = end.plusDays(1 + s[2 + 2 * half.ordinal()] % 8);
            }
            return TermDates.of(year, halves);
        });
    }

    private static Optional<HalfTerm> halfTermDayByDay(TermDates dates, LocalDate day) {
        return dates.halfTermPeriods().entrySet().stream()
                .filter(e -> e.getValue().contains(day))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Test
    void the_first_holiday_in_a_period_is_the_first_day_not_in_term() {
        Gen<Integer> offsets = SourceDSL.integers().between(-40, 400);
        Gen<Integer> lengths = SourceDSL.integers().between(0, 120);
        qt().withExamples(2_000).forAll(termDates(), offsets, lengths).checkAssert((dates, from, length) -> {
            LocalDate start = dates.year().start().plusDays(from);
            Period period = Period.of(start, start.plusDays(length));
            Optional<LocalDate> dayByDay = period.dates()
                    .filter(d -> dates.year().period().contains(d) && !dates.isInTerm(d))
                    .findFirst();
            assertThat(dates.firstHolidayIn(period))
                    .as("%s in %s", period, dates)
                    .isEqualTo(dayByDay);
        });
    }

    @Test
    void the_half_term_on_a_day_is_the_one_whose_period_holds_it() {
        qt().withExamples(2_000)
                .forAll(termDates(), SourceDSL.integers().between(-10, 375))
                .checkAssert((dates, offset) -> {
                    LocalDate day = dates.year().start().plusDays(offset);
                    assertThat(dates.halfTermOn(day)).isEqualTo(halfTermDayByDay(dates, day));
                });
    }
}
