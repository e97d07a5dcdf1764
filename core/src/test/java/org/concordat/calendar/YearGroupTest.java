package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearGroupTest {
    private static final AcademicYear Y2025 = AcademicYear.of(2025);

    private static YearGroup in2025(String dateOfBirth) {
        return YearGroup.of(LocalDate.parse(dateOfBirth), Y2025).orElseThrow();
    }

    @Test
    void a_child_born_on_31_august_is_the_youngest_of_the_older_year() {
        assertThat(in2025("2021-08-31")).isEqualTo(YearGroup.RECEPTION);
        assertThat(in2025("2014-08-31")).isEqualTo(YearGroup.YEAR_7);
    }

    @Test
    void a_child_born_on_1_september_is_the_oldest_of_the_younger_year() {
        assertThat(in2025("2021-09-01")).isEqualTo(YearGroup.NURSERY);
        assertThat(in2025("2014-09-01")).isEqualTo(YearGroup.YEAR_6);
    }

    @Test
    void uses_the_age_on_the_31_august_before_the_year_not_during_it() {
        // Turns 11 on 1 September 2025, the first day of 2025/26, and still starts in Year 6.
        assertThat(in2025("2014-09-01")).isEqualTo(YearGroup.YEAR_6);
        assertThat(YearGroup.of(LocalDate.parse("2014-09-01"), Y2025.next())).contains(YearGroup.YEAR_7);
    }

    @Test
    void follows_age_on_31_august_minus_four_for_years_1_to_13() {
        assertThat(in2025("2020-08-31")).isEqualTo(YearGroup.YEAR_1);
        assertThat(in2025("2015-01-15")).isEqualTo(YearGroup.YEAR_6);
        assertThat(in2025("2009-12-25")).isEqualTo(YearGroup.YEAR_11);
        assertThat(in2025("2007-09-01")).isEqualTo(YearGroup.YEAR_13);
    }

    @Test
    void places_leap_day_birthdays_by_their_age_on_31_august() {
        assertThat(in2025("2016-02-29")).isEqualTo(YearGroup.YEAR_5);
        assertThat(YearGroup.of(LocalDate.parse("2016-02-29"), AcademicYear.of(2024)))
                .contains(YearGroup.YEAR_4);
        assertThat(in2025("2020-02-29")).isEqualTo(YearGroup.YEAR_1);
        assertThat(in2025("2008-02-29")).isEqualTo(YearGroup.YEAR_13);
    }

    @Test
    void is_empty_for_children_too_young_for_nursery() {
        assertThat(YearGroup.of(LocalDate.parse("2022-08-31"), Y2025)).contains(YearGroup.NURSERY);
        assertThat(YearGroup.of(LocalDate.parse("2022-09-01"), Y2025)).isEmpty();
        assertThat(YearGroup.of(LocalDate.parse("2025-09-01"), Y2025)).isEmpty();
        assertThat(YearGroup.of(LocalDate.parse("2030-01-01"), Y2025)).isEmpty();
    }

    @Test
    void is_empty_for_people_past_year_13() {
        assertThat(YearGroup.of(LocalDate.parse("2007-08-31"), Y2025)).isEmpty();
        assertThat(YearGroup.of(LocalDate.parse("1970-01-01"), Y2025)).isEmpty();
    }

    @Test
    void maps_ages_on_the_cut_off_to_year_groups_and_back() {
        assertThat(YearGroup.ofAge(3)).contains(YearGroup.NURSERY);
        assertThat(YearGroup.ofAge(4)).contains(YearGroup.RECEPTION);
        assertThat(YearGroup.ofAge(11)).contains(YearGroup.YEAR_7);
        assertThat(YearGroup.ofAge(17)).contains(YearGroup.YEAR_13);
        assertThat(YearGroup.ofAge(2)).isEmpty();
        assertThat(YearGroup.ofAge(18)).isEmpty();
        assertThat(YearGroup.ofAge(-1)).isEmpty();
        for (YearGroup group : YearGroup.values()) {
            assertThat(YearGroup.ofAge(group.ageOnCutOff())).contains(group);
        }
    }

    @Test
    void gives_the_dates_of_birth_of_a_year_group() {
        assertThat(YearGroup.YEAR_7.datesOfBirthIn(Y2025)).isEqualTo(Period.parse("2013-09-01/2014-08-31"));
        assertThat(YearGroup.NURSERY.datesOfBirthIn(Y2025)).isEqualTo(Period.parse("2021-09-01/2022-08-31"));
        for (YearGroup group : YearGroup.values()) {
            Period born = group.datesOfBirthIn(Y2025);
            assertThat(YearGroup.of(born.start(), Y2025)).contains(group);
            assertThat(YearGroup.of(born.end(), Y2025)).contains(group);
        }
    }

    @Test
    void numbers_years_as_the_national_curriculum_does() {
        assertThat(YearGroup.NURSERY.nationalCurriculumYear()).isEqualTo(-1);
        assertThat(YearGroup.RECEPTION.nationalCurriculumYear()).isZero();
        assertThat(YearGroup.YEAR_1.nationalCurriculumYear()).isEqualTo(1);
        assertThat(YearGroup.YEAR_13.nationalCurriculumYear()).isEqualTo(13);
    }

    @Test
    void steps_to_the_next_year_group_until_year_13() {
        assertThat(YearGroup.NURSERY.next()).contains(YearGroup.RECEPTION);
        assertThat(YearGroup.YEAR_6.next()).contains(YearGroup.YEAR_7);
        assertThat(YearGroup.YEAR_13.next()).isEmpty();
    }

    @Test
    void names_year_groups_for_prose() {
        assertThat(YearGroup.NURSERY.displayName()).isEqualTo("Nursery");
        assertThat(YearGroup.RECEPTION.displayName()).isEqualTo("Reception");
        assertThat(YearGroup.YEAR_7.displayName()).isEqualTo("Year 7");
        assertThat(YearGroup.YEAR_13.displayName()).isEqualTo("Year 13");
    }

    @Test
    void parses_the_usual_spellings() {
        assertThat(YearGroup.parse("Year 7")).isEqualTo(YearGroup.YEAR_7);
        assertThat(YearGroup.parse("Y7")).isEqualTo(YearGroup.YEAR_7);
        assertThat(YearGroup.parse("7")).isEqualTo(YearGroup.YEAR_7);
        assertThat(YearGroup.parse("year7")).isEqualTo(YearGroup.YEAR_7);
        assertThat(YearGroup.parse("Yr 10")).isEqualTo(YearGroup.YEAR_10);
        assertThat(YearGroup.parse("YEAR_13")).isEqualTo(YearGroup.YEAR_13);
        assertThat(YearGroup.parse(" y1 ")).isEqualTo(YearGroup.YEAR_1);
        assertThat(YearGroup.parse("Reception")).isEqualTo(YearGroup.RECEPTION);
        assertThat(YearGroup.parse("r")).isEqualTo(YearGroup.RECEPTION);
        assertThat(YearGroup.parse("Nursery")).isEqualTo(YearGroup.NURSERY);
        assertThat(YearGroup.parse("N")).isEqualTo(YearGroup.NURSERY);
        for (YearGroup group : YearGroup.values()) {
            assertThat(YearGroup.parse(group.displayName())).isEqualTo(group);
            assertThat(YearGroup.parse(group.name())).isEqualTo(group);
        }
    }

    @Test
    void refuses_year_0_year_14_and_other_text() {
        for (String text : new String[] {"Year 0", "Year 14", "0", "14", "Y", "Year", "Sixth form", "", "Year -1"}) {
            assertThatThrownBy(() -> YearGroup.parse(text))
                    .as(text)
                    .isInstanceOf(InvalidCalendarValueException.class)
                    .hasMessageStartingWith("year group \"" + text + "\": expected Nursery (N), Reception (R)");
        }
    }

    @Test
    void belongs_to_its_key_stage() {
        assertThat(YearGroup.NURSERY.keyStage()).isEqualTo(KeyStage.EYFS);
        assertThat(YearGroup.RECEPTION.keyStage()).isEqualTo(KeyStage.EYFS);
        assertThat(YearGroup.YEAR_2.keyStage()).isEqualTo(KeyStage.KS1);
        assertThat(YearGroup.YEAR_3.keyStage()).isEqualTo(KeyStage.KS2);
        assertThat(YearGroup.YEAR_6.keyStage()).isEqualTo(KeyStage.KS2);
        assertThat(YearGroup.YEAR_7.keyStage()).isEqualTo(KeyStage.KS3);
        assertThat(YearGroup.YEAR_9.keyStage()).isEqualTo(KeyStage.KS3);
        assertThat(YearGroup.YEAR_10.keyStage()).isEqualTo(KeyStage.KS4);
        assertThat(YearGroup.YEAR_11.keyStage()).isEqualTo(KeyStage.KS4);
        assertThat(YearGroup.YEAR_12.keyStage()).isEqualTo(KeyStage.KS5);
        assertThat(YearGroup.YEAR_13.keyStage()).isEqualTo(KeyStage.KS5);
    }
}
