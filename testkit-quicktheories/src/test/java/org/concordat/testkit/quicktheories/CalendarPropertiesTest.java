package org.concordat.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;
import org.concordat.calendar.YearGroup;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CalendarPropertiesTest {

    @Test
    void the_academic_year_containing_a_date_contains_it() {
        qt().forAll(CalendarGen.dates()).checkAssert(date -> {
            AcademicYear year = AcademicYear.containing(date);
            assertThat(year.contains(date)).isTrue();
            assertThat(year.period().contains(date)).isTrue();
            assertThat(year.next().contains(date)).isFalse();
            assertThat(year.previous().contains(date)).isFalse();
        });
    }

    @Test
    void academic_years_follow_each_other_without_gaps() {
        qt().forAll(CalendarGen.academicYears()).checkAssert(year -> {
            assertThat(year.next().start()).isEqualTo(year.end().plusDays(1));
            assertThat(year.next().previous()).isEqualTo(year);
            assertThat(year.next()).isGreaterThan(year);
            assertThat(AcademicYear.containing(year.start())).isEqualTo(year);
            assertThat(AcademicYear.containing(year.end())).isEqualTo(year);
        });
    }

    @Test
    void academic_years_round_trip_through_text() {
        qt().forAll(CalendarGen.academicYears(AcademicYear.MIN_START_YEAR, AcademicYear.MAX_START_YEAR))
                .checkAssert(year -> {
                    assertThat(AcademicYear.parse(year.toString())).isEqualTo(year);
                    assertThat(AcademicYear.parse(year.timePeriodCode())).isEqualTo(year);
                    assertThat(AcademicYear.parse(year.toString().replace('/', '-')))
                            .isEqualTo(year);
                });
    }

    @Test
    void academic_terms_and_half_terms_round_trip_through_text() {
        qt().forAll(CalendarGen.academicTerms())
                .checkAssert(
                        term -> assertThat(AcademicTerm.parse(term.toString())).isEqualTo(term));
        qt().forAll(CalendarGen.academicHalfTerms())
                .checkAssert(half ->
                        assertThat(AcademicHalfTerm.parse(half.toString())).isEqualTo(half));
    }

    @Test
    void academic_terms_step_forward_and_back_in_order() {
        qt().forAll(CalendarGen.academicTerms()).checkAssert(term -> {
            assertThat(term.next()).isGreaterThan(term);
            assertThat(term.next().previous()).isEqualTo(term);
            assertThat(term.halfTerms())
                    .hasSize(2)
                    .allSatisfy(half -> assertThat(half.academicTerm()).isEqualTo(term));
        });
        qt().forAll(CalendarGen.academicHalfTerms()).checkAssert(half -> {
            assertThat(half.next()).isGreaterThan(half);
            assertThat(half.next().previous()).isEqualTo(half);
        });
    }

    @Test
    void periods_round_trip_through_text() {
        qt().forAll(CalendarGen.periods())
                .checkAssert(
                        period -> assertThat(Period.parse(period.toString())).isEqualTo(period));
    }

    @Test
    void periods_intersect_exactly_when_they_overlap() {
        qt().forAll(CalendarGen.periods(), CalendarGen.periods()).checkAssert((a, b) -> {
            Optional<Period> shared = a.intersection(b);
            assertThat(shared.isPresent()).isEqualTo(a.overlaps(b)).isEqualTo(b.overlaps(a));
            assertThat(shared).isEqualTo(b.intersection(a));
            shared.ifPresent(s -> {
                assertThat(a.encloses(s)).isTrue();
                assertThat(b.encloses(s)).isTrue();
            });
        });
    }

    @Test
    void a_period_contains_exactly_its_days() {
        qt().forAll(CalendarGen.periods(), CalendarGen.dates()).checkAssert((period, date) -> {
            assertThat(period.dates().count()).isEqualTo(period.days());
            assertThat(period.contains(date)).isEqualTo(!date.isBefore(period.start()) && !date.isAfter(period.end()));
            assertThat(period.encloses(Period.ofDay(date))).isEqualTo(period.contains(date));
        });
    }

    @Test
    void a_child_born_a_day_later_is_never_in_an_older_year_group() {
        Gen<AcademicYear> years = CalendarGen.academicYears();
        qt().forAll(years.flatMap(year -> CalendarGen.datesOfBirthAround(year).map(dob -> Pair.of(year, dob))))
                .checkAssert(pair -> {
                    AcademicYear year = pair._1;
                    LocalDate born = pair._2;
                    Optional<YearGroup> older = YearGroup.of(born, year);
                    Optional<YearGroup> younger = YearGroup.of(born.plusDays(1), year);
                    if (older.isPresent() && younger.isPresent()) {
                        assertThat(younger.get()).isLessThanOrEqualTo(older.get());
                        assertThat(older.get().ordinal() - younger.get().ordinal())
                                .isBetween(0, 1);
                    }
                });
    }

    @Test
    void a_child_born_on_1_september_is_a_year_younger_than_one_born_on_31_august() {
        qt().forAll(CalendarGen.academicYears(), Generate.range(3, 17)).checkAssert((year, age) -> {
            int birthYear = year.startYear() - age;
            LocalDate august31 = LocalDate.of(birthYear, 8, 31);
            LocalDate september1 = LocalDate.of(birthYear, 9, 1);
            YearGroup august = YearGroup.of(august31, year).orElseThrow();
            assertThat(august).isEqualTo(YearGroup.ofAge(age).orElseThrow());
            Optional<YearGroup> september = YearGroup.of(september1, year);
            if (august == YearGroup.NURSERY) {
                assertThat(september).isEmpty();
            } else {
                assertThat(september)
                        .hasValueSatisfying(s -> assertThat(s.next()).contains(august));
            }
        });
    }

    @Test
    void dates_of_birth_of_a_year_group_give_that_year_group() {
        qt().forAll(CalendarGen.academicYears(), CalendarGen.yearGroups())
                .checkAssert((year, group) -> qt().withExamples(20)
                        .forAll(CalendarGen.datesOfBirth(group, year))
                        .checkAssert(dob -> assertThat(YearGroup.of(dob, year)).contains(group)));
    }

    @Test
    void children_of_school_age_have_a_year_group_that_moves_up_each_year() {
        Gen<AcademicYear> years =
                CalendarGen.academicYears(CalendarGen.FIRST_START_YEAR, CalendarGen.LAST_START_YEAR - 1);
        qt().forAll(years.flatMap(year -> CalendarGen.datesOfBirth(year).map(dob -> Pair.of(year, dob))))
                .checkAssert(pair -> {
                    AcademicYear year = pair._1;
                    LocalDate born = pair._2;
                    YearGroup now = YearGroup.of(born, year).orElseThrow();
                    assertThat(YearGroup.of(born, year.next())).isEqualTo(now.next());
                    assertThat(now.datesOfBirthIn(year).contains(born)).isTrue();
                });
    }

    @Test
    void default_term_dates_lie_in_order_inside_the_year_without_overlapping() {
        qt().forAll(CalendarGen.defaultTermDates()).checkAssert(CalendarPropertiesTest::wellFormed);
    }

    @Test
    void supplied_term_dates_are_accepted_and_well_formed() {
        qt().forAll(CalendarGen.termDates()).checkAssert(dates -> {
            wellFormed(dates);
            assertThat(TermDates.of(dates.year(), dates.halfTermPeriods())).isEqualTo(dates);
        });
    }

    private static void wellFormed(TermDates dates) {
        Period year = dates.year().period();
        HalfTerm previous = null;
        for (HalfTerm half : HalfTerm.values()) {
            Period period = dates.periodOf(half);
            assertThat(year.encloses(period)).isTrue();
            assertThat(dates.periodOf(half.term()).encloses(period)).isTrue();
            if (previous != null) {
                assertThat(period.start()).isAfter(dates.periodOf(previous).end());
            }
            previous = half;
        }
        long inTerm = dates.halfTermPeriods().values().stream()
                .mapToLong(Period::days)
                .sum();
        long inHoliday = dates.holidays().stream().mapToLong(Period::days).sum();
        assertThat(inTerm + inHoliday).isEqualTo(year.days());
    }

    @Test
    void term_in_session_and_planning_term_agree() {
        Gen<TermDates> calendars = Generate.oneOf(CalendarGen.defaultTermDates(), CalendarGen.termDates());
        qt().forAll(calendars.flatMap(dates -> CalendarGen.datesIn(dates.year()).map(d -> Pair.of(dates, d))))
                .checkAssert(pair -> {
                    TermDates dates = pair._1;
                    LocalDate date = pair._2;
                    Optional<Term> term = dates.termOn(date);
                    Term planned = dates.planningTermOf(date);
                    HalfTerm plannedHalf = dates.planningHalfTermOf(date);
                    term.ifPresent(t -> assertThat(planned).isEqualTo(t));
                    dates.halfTermOn(date)
                            .ifPresent(h -> assertThat(plannedHalf).isEqualTo(h));
                    assertThat(plannedHalf.term()).isEqualTo(planned);
                    assertThat(dates.isInTerm(date)).isEqualTo(term.isPresent());
                    assertThat(term.isPresent())
                            .isNotEqualTo(dates.holidays().stream().anyMatch(h -> h.contains(date)));
                    assertThat(dates.planningPeriodOf(planned).contains(date)).isTrue();
                    assertThat(dates.planningPeriodOf(plannedHalf).contains(date))
                            .isTrue();
                    term.ifPresent(
                            t -> assertThat(dates.periodOf(t).contains(date)).isTrue());
                });
    }

    @Test
    void planning_periods_partition_the_year() {
        qt().forAll(Generate.oneOf(CalendarGen.defaultTermDates(), CalendarGen.termDates()))
                .checkAssert(dates -> {
                    long days = 0;
                    LocalDate next = dates.year().start();
                    for (HalfTerm half : HalfTerm.values()) {
                        Period planned = dates.planningPeriodOf(half);
                        assertThat(planned.start()).isEqualTo(next);
                        assertThat(planned.encloses(dates.periodOf(half))).isTrue();
                        next = planned.end().plusDays(1);
                        days += planned.days();
                    }
                    assertThat(next).isEqualTo(dates.year().end().plusDays(1));
                    assertThat(days).isEqualTo(dates.year().period().days());
                });
    }

    @Test
    void a_term_calendar_lists_every_term_in_session_during_a_period_in_order() {
        Gen<Pair<TermCalendar, Period>> cases = CalendarGen.termCalendars(3).flatMap(calendar -> {
            // Periods within the supplied years, so that supplied and default dates both meet.
            AcademicYear first = calendar.supplied().isEmpty()
                    ? AcademicYear.of(2025)
                    : calendar.supplied().firstKey();
            LocalDate last = first.plusYears(2).end();
            return CalendarGen.datesIn(Period.of(first.start(), last)).zip(Generate.range(0, 400), (start, length) -> {
                LocalDate end = start.plusDays(length);
                return Pair.of(calendar, Period.of(start, end.isAfter(last) ? last : end));
            });
        });
        qt().forAll(cases).checkAssert(pair -> {
            TermCalendar calendar = pair._1;
            Period period = pair._2;
            List<AcademicTerm> terms = calendar.termsOverlapping(period);
            assertThat(terms).isSorted().doesNotHaveDuplicates();
            period.dates().forEach(date -> {
                calendar.termOn(date).ifPresent(term -> assertThat(terms).contains(term));
                assertThat(calendar.planningTermOf(date).year()).isEqualTo(AcademicYear.containing(date));
                calendar.termOn(date)
                        .ifPresent(term ->
                                assertThat(calendar.planningTermOf(date)).isEqualTo(term));
            });
            for (AcademicTerm term : terms) {
                assertThat(period.dates().anyMatch(date -> calendar.termOn(date).equals(Optional.of(term))))
                        .isTrue();
            }
        });
    }
}
