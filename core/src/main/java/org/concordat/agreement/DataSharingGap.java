package org.concordat.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why an institution's monitoring data may not be used for the partnership on a date: what is
 * missing from the agreement that would cover it (see {@link DataSharing}).
 */
public enum DataSharingGap {
    /** No version of the agreement was in force on the date (or the plan has no agreement). */
    NO_AGREEMENT_IN_FORCE("no agreement in force on %s"),
    /** The institution is not a party to any version in force on the date. */
    NOT_A_PARTY("not a party to the agreement in force on %s"),
    /** The version in force that it is a party to has no data protection section. */
    NO_DATA_PROTECTION_SECTION("the agreement in force on %s has no data protection section"),
    /** Its governing body's approval of that version is not recorded by the date. */
    NOT_APPROVED("no data-sharing agreement approved by their governing body on %s");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final String phrase;

    DataSharingGap(String phrase) {
        this.phrase = phrase;
    }

    /** The reason in words for {@code date}, e.g. {@code no agreement in force on 1 March 2026}. */
    public String describe(LocalDate date) {
        return String.format(Locale.UK, phrase, DAY.format(date));
    }
}
