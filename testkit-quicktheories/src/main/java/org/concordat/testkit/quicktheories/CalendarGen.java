package org.concordat.testkit.quicktheories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.KeyStage;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;
import org.concordat.calendar.YearGroup;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the school calendar ({@code org.concordat.calendar}). Unless a
 * method says otherwise, generated years start from {@value #FIRST_START_YEAR} to {@value
 * #LAST_START_YEAR} and dates fall inside those academic years, so the values stay in the range
 * school data meets while still crossing leap years and century boundaries.
 */
public final class CalendarGen {
    /** The first start year of generated academic years (1950/51). */
    public static final int FIRST_START_YEAR = 1950;

    /** The last start year of generated academic years (2150/51). */
    public static final int LAST_START_YEAR = 2150;

    private CalendarGen() {}

    /** Academic years from 1950/51 to 2150/51. */
    public static Gen<AcademicYear> academicYears() {
        return academicYears(FIRST_START_YEAR, LAST_START_YEAR);
    }

    /** Academic years whose start year lies between {@code firstStartYear} and {@code lastStartYear}. */
    public static Gen<AcademicYear> academicYears(int firstStartYear, int lastStartYear) {
        return Generate.range(firstStartYear, lastStartYear).map(AcademicYear::of);
    }

    /** Dates in the generated academic years, i.e. from 1 September 1950 to 31 August 2151. */
    public static Gen<LocalDate> dates() {
        return datesIn(Period.of(
                AcademicYear.of(FIRST_START_YEAR).start(),
                AcademicYear.of(LAST_START_YEAR).end()));
    }

    /** Dates inside {@code period}, both ends included. */
    public static Gen<LocalDate> datesIn(Period period) {
        return Generate.longRange(period.start().toEpochDay(), period.end().toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Dates inside {@code year}, 1 September to 31 August. */
    public static Gen<LocalDate> datesIn(AcademicYear year) {
        return datesIn(year.period());
    }

    /** Periods starting on a {@linkplain #dates() generated date} and lasting 1 to 1,000 days. */
    public static Gen<Period> periods() {
        return dates().zip(Generate.range(0, 999), (start, extra) -> Period.of(start, start.plusDays(extra)));
    }

    /** The three terms. */
    public static Gen<Term> terms() {
        return Generate.enumValues(Term.class);
    }

    /** The six half-terms. */
    public static Gen<HalfTerm> halfTerms() {
        return Generate.enumValues(HalfTerm.class);
    }

    /** A term of a {@linkplain #academicYears() generated academic year}. */
    public static Gen<AcademicTerm> academicTerms() {
        return academicYears().zip(terms(), AcademicTerm::of);
    }

    /** A half-term of a {@linkplain #academicYears() generated academic year}. */
    public static Gen<AcademicHalfTerm> academicHalfTerms() {
        return academicYears().zip(halfTerms(), AcademicHalfTerm::of);
    }

    /** Nursery, Reception and Years 1 to 13. */
    public static Gen<YearGroup> yearGroups() {
        return Generate.enumValues(YearGroup.class);
    }

    /** EYFS and KS1 to KS5. */
    public static Gen<KeyStage> keyStages() {
        return Generate.enumValues(KeyStage.class);
    }

    /**
     * Dates of birth of children normally in {@code yearGroup} in {@code year}: every one gives
     * {@code YearGroup.of(dateOfBirth, year)} equal to {@code yearGroup}.
     */
    public static Gen<LocalDate> datesOfBirth(YearGroup yearGroup, AcademicYear year) {
        return datesIn(yearGroup.datesOfBirthIn(year));
    }

    /** Dates of birth of children of school age (Nursery to Year 13) in {@code year}. */
    public static Gen<LocalDate> datesOfBirth(AcademicYear year) {
        return datesIn(Period.of(
                YearGroup.YEAR_13.datesOfBirthIn(year).start(),
                YearGroup.NURSERY.datesOfBirthIn(year).end()));
    }

    /**
     * Dates of birth around school age in {@code year}: from two years older than Year 13 to two
     * years younger than Nursery, so that both ends of the year-group rule are reached.
     */
    public static Gen<LocalDate> datesOfBirthAround(AcademicYear year) {
        return datesIn(Period.of(
                YearGroup.YEAR_13.datesOfBirthIn(year).start().minusYears(2),
                YearGroup.NURSERY.datesOfBirthIn(year).end().plusYears(2)));
    }

    /** The {@linkplain TermDates#defaults default} term dates of a generated academic year. */
    public static Gen<TermDates> defaultTermDates() {
        return academicYears().map(TermDates::defaults);
    }

    /**
     * Arbitrary valid term dates, as a local authority might publish them: six half-terms in
     * order, each at least one day long, inside a generated academic year, not overlapping, with
     * holidays of any length (including none) between them.
     */
    public static Gen<TermDates> termDates() {
        return academicYears().flatMap(CalendarGen::termDatesIn);
    }

    /** Arbitrary valid term dates for {@code year}, as {@link #termDates()} describes. */
    public static Gen<TermDates> termDatesIn(AcademicYear year) {
        int length = (int) year.period().days();
        Gen<Integer> offsets = Generate.range(0, length - 12);
        return random -> {
            // Twelve days in order, made distinct by adding each one's rank: half-term i runs
            // from the (2i)th day to the (2i + 1)th. Drawing exactly twelve keeps shrinking finite.
            List<Integer> sorted = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sorted.add(offsets.generate(random));
            }
            Collections.sort(sorted);
            for (int i = 0; i < 12; i++) {
                sorted.set(i, sorted.get(i) + i);
            }
            Map<HalfTerm, Period> dates = new EnumMap<>(HalfTerm.class);
            for (HalfTerm half : HalfTerm.values()) {
                int i = half.ordinal() * 2;
                dates.put(
                        half,
                        Period.of(
                                year.start().plusDays(sorted.get(i)),
                                year.start().plusDays(sorted.get(i + 1))));
            }
            return TermDates.of(year, dates);
        };
    }

    /**
     * Term calendars for a run of {@code years} academic years starting at a generated year,
     * each year having either its default dates or {@linkplain #termDatesIn arbitrary valid
     * supplied dates}.
     */
    public static Gen<TermCalendar> termCalendars(int years) {
        return academicYears(FIRST_START_YEAR, LAST_START_YEAR - years + 1).flatMap(first -> random -> {
            TermCalendar calendar = TermCalendar.defaults();
            AcademicYear year = first;
            for (int i = 0; i < years; i++) {
                if (Generate.booleans().generate(random)) {
                    calendar = calendar.with(termDatesIn(year).generate(random));
                }
                year = year.next();
            }
            return calendar;
        });
    }
}
