package org.concordat.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.concordat.calendar.AcademicTerm;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;

/** Wording shared by the report builders. */
final class ReportText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private ReportText() {}

    /** E.g. {@code 31 August 2026}. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The institution's name, or its id when the plan does not describe it. */
    static String institution(PartnershipPlan plan, String id) {
        return plan.institution(id).map(Institution::name).orElse(id);
    }

    /** The person's name, or the id when the plan does not describe them. */
    static String person(PartnershipPlan plan, String id) {
        return plan.person(id).map(p -> p.name()).orElse(id);
    }

    /** E.g. {@code Autumn term 2025/26}. */
    static String term(AcademicTerm term) {
        return term.term().displayName() + " term " + term.year();
    }

    /** An enum constant in words, e.g. {@code CPD_COURSE} as {@code CPD course}. */
    static String words(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String first = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return first.replace("Cpd", "CPD").replace("Stem", "STEM");
    }
}
