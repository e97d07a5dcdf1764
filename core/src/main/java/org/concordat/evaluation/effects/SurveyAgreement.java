package org.concordat.evaluation.effects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import org.concordat.evaluation.disclosure.DisclosurePolicy;
import org.concordat.evaluation.disclosure.Figure;
import org.concordat.evaluation.disclosure.Symbol;
import org.concordat.internal.base.Checks;
import org.concordat.plan.EvidenceDesign;

/**
 * The agreement rate of a Likert item: "% agree" = (agree + strongly agree) / valid responses,
 * where valid responses are the five scale points ("don't know", not applicable and blank answers
 * are excluded from the base), with the number invited and the response rate = respondents /
 * invited. The design is always {@link EvidenceDesign#SELF_REPORTED_SURVEY}: it reports views, not
 * measured outcomes. Sources: Aberystwyth/NSS "% agree"; NSS publication threshold; Civil Service
 * People Survey (shared reference evaluation-and-mou.md §7).
 */
public final class SurveyAgreement {
    private static final Evidence EVIDENCE = Evidence.of(EvidenceDesign.SELF_REPORTED_SURVEY);

    private final LikertTally tally;
    private final long invited;

    private SurveyAgreement(LikertTally tally, long invited) {
        this.tally = tally;
        this.invited = invited;
    }

    /**
     * The agreement rate of {@code tally} for a survey sent to {@code invited} people.
     *
     * @throws IllegalArgumentException when fewer were invited than responded
     */
    public static SurveyAgreement of(LikertTally tally, long invited) {
        if (invited < tally.respondents()) {
            throw new IllegalArgumentException(Checks.describe(
                    "invited", invited, "must be at least the " + tally.respondents() + " who responded"));
        }
        return new SurveyAgreement(tally, invited);
    }

    /** The responses behind the rate. */
    public LikertTally tally() {
        return tally;
    }

    /** Agree plus strongly agree. */
    public long agreeing() {
        return tally.agreeing();
    }

    /** Valid responses: the base of "% agree". */
    public long valid() {
        return tally.valid();
    }

    /** How many people were asked. */
    public long invited() {
        return invited;
    }

    /** The fraction agreeing among valid responses (0 to 1), empty when there is no valid response. */
    public Optional<BigDecimal> agreementRate() {
        return valid() == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(agreeing()).divide(BigDecimal.valueOf(valid()), MathContext.DECIMAL64));
    }

    /** Respondents over invited (0 to 1), empty when nobody was invited. */
    public Optional<BigDecimal> responseRate() {
        return invited == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(tally.respondents())
                        .divide(BigDecimal.valueOf(invited), MathContext.DECIMAL64));
    }

    /** Self-reported survey, Maryland level 1. */
    public Evidence evidence() {
        return EVIDENCE;
    }

    /**
     * "% agree" as it may be shown under {@code policy}: the percentage rounded half up, or {@link
     * Symbol#CONFIDENTIAL} when there are fewer valid responses than the survey threshold or the
     * response rate is below the policy's minimum.
     */
    public Figure percentAgree(DisclosurePolicy policy) {
        if (!publishable(policy)) {
            return Figure.withheld(Symbol.CONFIDENTIAL);
        }
        return Figure.of(policy.percentage(agreementRate().orElseThrow()));
    }

    /** Whether the result meets the policy's minimum responses and response rate. */
    public boolean publishable(DisclosurePolicy policy) {
        if (valid() == 0 || valid() < policy.surveyThreshold()) {
            return false;
        }
        return policy.minimumResponseRate()
                .map(min -> responseRate().map(r -> r.compareTo(min) >= 0).orElse(false))
                .orElse(true);
    }

    /**
     * The finding in words that claim no more than a survey supports, e.g. {@code 91.9% of teachers
     * (137 of 149 valid responses) reported that they agreed with "Pupils' attainment improved".}
     * When suppressed, the sentence says so without giving any count.
     *
     * @param respondents who answered, plural (e.g. "teachers")
     * @param item the survey statement, quoted as asked
     */
    public String statement(String respondents, String item, DisclosurePolicy policy) {
        Figure shown = percentAgree(policy);
        if (!shown.isShown()) {
            return String.format(
                    Locale.ROOT,
                    "Too few %s responded to report agreement with \"%s\" (fewer than %d valid responses or"
                            + " below the minimum response rate).",
                    respondents,
                    item,
                    policy.surveyThreshold());
        }
        return String.format(
                Locale.ROOT,
                "%s%% of %s (%d of %d valid responses) reported that they agreed with \"%s\".",
                shown,
                respondents,
                agreeing(),
                valid(),
                item);
    }

    @Override
    public String toString() {
        return "SurveyAgreement[agreeing=" + agreeing() + ", valid=" + valid() + ", invited=" + invited + "]";
    }
}
