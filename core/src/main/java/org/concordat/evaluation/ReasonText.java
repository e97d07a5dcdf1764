package org.concordat.evaluation;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Wording shared by the findings' reasons: dates as people in UK schools write them. */
final class ReasonText {
    private ReasonText() {}

    /** E.g. {@code 31 August 2026}, the same on every JDK and default locale. */
    static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + date.getYear();
    }
}
