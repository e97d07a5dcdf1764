package org.concordat.evaluation.effects;

import java.util.Locale;
import org.concordat.internal.base.Checks;

/**
 * One answer to a five-point Likert item, or its absence. The five points are valid responses;
 * "don't know" / "not applicable" and a blank answer are recorded but are not valid responses, so
 * they count neither for nor against agreement (NSS-style convention, shared reference
 * evaluation-and-mou.md §7).
 */
public enum LikertResponse {
    /** 1: strongly disagree. */
    STRONGLY_DISAGREE,
    /** 2: disagree. */
    DISAGREE,
    /** 3: neither agree nor disagree. */
    NEITHER,
    /** 4: agree. */
    AGREE,
    /** 5: strongly agree. */
    STRONGLY_AGREE,
    /** "Don't know", "not applicable" or "does not apply to me" (coded 0): excluded from the base. */
    DONT_KNOW,
    /** The respondent returned the survey but left this item blank: excluded from the base. */
    NO_RESPONSE;

    /** Whether this is one of the five points, counted in the base of "% agree". */
    public boolean isValid() {
        return ordinal() <= STRONGLY_AGREE.ordinal();
    }

    /** Whether this is agree or strongly agree. */
    public boolean isAgreement() {
        return this == AGREE || this == STRONGLY_AGREE;
    }

    /**
     * Reads a response: {@code 1}–{@code 5} or the point's words ("strongly agree", "neither agree
     * nor disagree", "neutral"), {@code 0}, "don't know", "n/a" or "not applicable" for {@link
     * #DONT_KNOW}, and blank text for {@link #NO_RESPONSE}; case and surrounding space are ignored.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static LikertResponse parse(CharSequence text) {
        String s = text.toString().strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return switch (s) {
            case "" -> NO_RESPONSE;
            case "1", "strongly disagree", "strongly_disagree" -> STRONGLY_DISAGREE;
            case "2", "disagree" -> DISAGREE;
            case "3", "neither", "neither agree nor disagree", "neutral" -> NEITHER;
            case "4", "agree" -> AGREE;
            case "5", "strongly agree", "strongly_agree" -> STRONGLY_AGREE;
            case "0", "don't know", "dont know", "dont_know", "n/a", "na", "not applicable" -> DONT_KNOW;
            default ->
                throw new IllegalArgumentException(Checks.describe(
                        "Likert response",
                        text,
                        "expected 1-5, strongly disagree .. strongly agree, don't know / n/a (0), or blank"));
        };
    }
}
