package org.concordat.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year group of English schools, youngest first: Nursery, Reception, then Year 1 to Year 13.
 *
 * <p>A child's normal year group follows from their age on the 31 August before the academic year
 * starts ({@link AcademicYear#ageCutOff()}): age 3 is Nursery, 4 Reception, and age <i>n</i> from
 * 5 to 17 is Year <i>n</i> − 4. A child born on 31 August is therefore the youngest of their year
 * group, and one born a day later, on 1 September, the oldest of the next. Pupils may be taught
 * outside their normal year group; this type only computes the normal one.
 */
public enum YearGroup {
    /** Nursery: age 3 on the cut-off (early years foundation stage). */
    NURSERY,
    /** Reception: age 4 on the cut-off (early years foundation stage). */
    RECEPTION,
    /** Year 1: age 5 on the cut-off (key stage 1). */
    YEAR_1,
    /** Year 2: age 6 on the cut-off (key stage 1). */
    YEAR_2,
    /** Year 3: age 7 on the cut-off (key stage 2). */
    YEAR_3,
    /** Year 4: age 8 on the cut-off (key stage 2). */
    YEAR_4,
    /** Year 5: age 9 on the cut-off (key stage 2). */
    YEAR_5,
    /** Year 6: age 10 on the cut-off (key stage 2). */
    YEAR_6,
    /** Year 7: age 11 on the cut-off (key stage 3). */
    YEAR_7,
    /** Year 8: age 12 on the cut-off (key stage 3). */
    YEAR_8,
    /** Year 9: age 13 on the cut-off (key stage 3). */
    YEAR_9,
    /** Year 10: age 14 on the cut-off (key stage 4). */
    YEAR_10,
    /** Year 11: age 15 on the cut-off (key stage 4). */
    YEAR_11,
    /** Year 12: age 16 on the cut-off (key stage 5, sixth form). */
    YEAR_12,
    /** Year 13: age 17 on the cut-off (key stage 5, sixth form). */
    YEAR_13;

    private static final int NURSERY_AGE = 3;
    private static final Pattern YEAR_FORM =
            Pattern.compile("(?:YEAR|YR|Y)?[\\s_]*(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    /**
     * The normal year group, in {@code year}, of a child born on {@code dateOfBirth}: their age in
     * whole years on the 31 August before {@code year} starts decides it. A child born on 29
     * February turns a year older on 1 March in other years, which never touches the cut-off.
     *
     * @return the year group, or empty when the child is younger than 3 or older than 17 on the
     *     cut-off (not yet in Nursery, or past Year 13), including dates of birth after the cut-off
     */
    public static Optional<YearGroup> of(LocalDate dateOfBirth, AcademicYear year) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        LocalDate cutOff = year.ageCutOff();
        if (dateOfBirth.isAfter(cutOff)) {
            return Optional.empty();
        }
        return ofAge(ChronoUnit.YEARS.between(dateOfBirth, cutOff));
    }

    /**
     * The year group of a child aged {@code ageOnCutOff} whole years on 31 August before the year
     * starts: 3 is Nursery, 4 Reception, 5 to 17 are Years 1 to 13.
     *
     * @return the year group, or empty for any other age
     */
    public static Optional<YearGroup> ofAge(long ageOnCutOff) {
        long index = ageOnCutOff - NURSERY_AGE;
        return index < 0 || index >= values().length ? Optional.empty() : Optional.of(values()[(int) index]);
    }

    /** The age in whole years on 31 August before the year starts of a child normally in this group. */
    public int ageOnCutOff() {
        return ordinal() + NURSERY_AGE;
    }

    /**
     * The national curriculum year number: -1 for Nursery, 0 for Reception, 1 to 13 for Years 1
     * to 13 (the numeric coding used in NCY data).
     */
    public int nationalCurriculumYear() {
        return ordinal() - 1;
    }

    /**
     * The dates of birth of the children normally in this year group in {@code year}: from 1
     * September to 31 August, {@code ageOnCutOff() + 1} to {@code ageOnCutOff()} years before the
     * cut-off.
     */
    public Period datesOfBirthIn(AcademicYear year) {
        LocalDate cutOff = year.ageCutOff();
        LocalDate youngest = cutOff.minusYears(ageOnCutOff());
        LocalDate oldest = cutOff.minusYears(ageOnCutOff() + 1L).plusDays(1);
        return Period.of(oldest, youngest);
    }

    /** The key stage this year group belongs to. */
    public KeyStage keyStage() {
        return switch (this) {
            case NURSERY, RECEPTION -> KeyStage.EYFS;
            case YEAR_1, YEAR_2 -> KeyStage.KS1;
            case YEAR_3, YEAR_4, YEAR_5, YEAR_6 -> KeyStage.KS2;
            case YEAR_7, YEAR_8, YEAR_9 -> KeyStage.KS3;
            case YEAR_10, YEAR_11 -> KeyStage.KS4;
            case YEAR_12, YEAR_13 -> KeyStage.KS5;
        };
    }

    /** The year group one older, or empty after Year 13. */
    public Optional<YearGroup> next() {
        return ofAge(ageOnCutOff() + 1L);
    }

    /** The name as written in prose: "Nursery", "Reception", "Year 7". */
    public String displayName() {
        return switch (this) {
            case NURSERY -> "Nursery";
            case RECEPTION -> "Reception";
            default -> "Year " + nationalCurriculumYear();
        };
    }

    /**
     * Reads a year group in any case, ignoring surrounding whitespace: {@code Nursery} or {@code
     * N}; {@code Reception} or {@code R}; {@code Year 7}, {@code Year7}, {@code Yr 7}, {@code Y7},
     * {@code YEAR_7} or {@code 7} for Years 1 to 13.
     *
     * @throws InvalidCalendarValueException for any other text, including Year 0 and Year 14
     */
    public static YearGroup parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("N") || upper.equals("NURSERY")) {
            return NURSERY;
        }
        if (upper.equals("R") || upper.equals("RECEPTION")) {
            return RECEPTION;
        }
        Matcher m = YEAR_FORM.matcher(value);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1));
            if (number >= 1 && number <= 13) {
                return values()[number + 1];
            }
        }
        throw InvalidCalendarValueException.of(
                "year group",
                value,
                "expected Nursery (N), Reception (R) or Year 1 to Year 13 (\"Year 7\", \"Y7\", \"7\")");
    }
}
