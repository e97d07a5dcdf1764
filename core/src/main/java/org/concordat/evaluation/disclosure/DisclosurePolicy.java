package org.concordat.evaluation.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.concordat.internal.base.Checks;

/**
 * The rules by which figures about pupils and survey respondents are suppressed and rounded. The
 * {@link #defaults() defaults} follow the shared reference: suppress a figure about fewer than 5
 * pupils, a survey result with fewer than 10 valid responses, apply secondary suppression, show
 * exact counts, percentages to 1 decimal place, rounding half up (as DfE analysts do, not bankers'
 * rounding). Every rule is configurable with a {@code with...} copy.
 */
public final class DisclosurePolicy {
    private static final DisclosurePolicy DEFAULTS = new DisclosurePolicy(5, 10, 1, 1, null, true, false);

    private final int threshold;
    private final int surveyThreshold;
    private final long roundingBase;
    private final int percentageDecimals;
    private final BigDecimal minimumResponseRate;
    private final boolean secondarySuppression;
    private final boolean unknownCountShown;

    private DisclosurePolicy(
            int threshold,
            int surveyThreshold,
            long roundingBase,
            int percentageDecimals,
            BigDecimal minimumResponseRate,
            boolean secondarySuppression,
            boolean unknownCountShown) {
        this.unknownCountShown = unknownCountShown;
        this.threshold = threshold;
        this.surveyThreshold = surveyThreshold;
        this.roundingBase = roundingBase;
        this.percentageDecimals = percentageDecimals;
        this.minimumResponseRate = minimumResponseRate;
        this.secondarySuppression = secondarySuppression;
    }

    /**
     * Threshold 5, survey threshold 10, no minimum response rate, exact counts, 1 decimal place,
     * secondary suppression on.
     */
    public static DisclosurePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * The National Student Survey's publication rule on top of the defaults: at least 10 responses
     * and a response rate of at least 50%.
     */
    public static DisclosurePolicy nationalStudentSurvey() {
        return DEFAULTS.withMinimumResponseRate(new BigDecimal("0.5"));
    }

    /**
     * A copy that suppresses any figure about fewer than {@code threshold} pupils.
     *
     * @throws IllegalArgumentException when the threshold is below 1
     */
    public DisclosurePolicy withThreshold(int threshold) {
        requireAtLeastOne("threshold", threshold);
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                minimumResponseRate,
                secondarySuppression,
                unknownCountShown);
    }

    /**
     * A copy that suppresses any survey result with fewer than {@code surveyThreshold} valid
     * responses.
     *
     * @throws IllegalArgumentException when the threshold is below 1
     */
    public DisclosurePolicy withSurveyThreshold(int surveyThreshold) {
        requireAtLeastOne("survey threshold", surveyThreshold);
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                minimumResponseRate,
                secondarySuppression,
                unknownCountShown);
    }

    /**
     * A copy that rounds shown counts half up to a multiple of {@code base} (1 shows exact counts;
     * Ofqual rounds to 5). A non-zero count that rounds to 0 is shown as {@link Symbol#LOW}.
     *
     * @throws IllegalArgumentException when the base is below 1
     */
    public DisclosurePolicy withRoundingBase(long base) {
        requireAtLeastOne("rounding base", base);
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                base,
                percentageDecimals,
                minimumResponseRate,
                secondarySuppression,
                unknownCountShown);
    }

    /**
     * A copy that shows percentages to {@code decimals} places.
     *
     * @throws IllegalArgumentException when decimals is negative or above 6
     */
    public DisclosurePolicy withPercentageDecimals(int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException(Checks.describe("percentage decimals", decimals, "must be 0 to 6"));
        }
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                decimals,
                minimumResponseRate,
                secondarySuppression,
                unknownCountShown);
    }

    /**
     * A copy that also suppresses survey results whose response rate (a fraction, 0.5 for 50%) is
     * below {@code rate}, or not known (no number invited); 0 turns the rule off.
     *
     * @throws IllegalArgumentException when the rate is not between 0 and 1
     */
    public DisclosurePolicy withMinimumResponseRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    Checks.describe("minimum response rate", rate, "must be a fraction from 0 to 1"));
        }
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                rate,
                secondarySuppression,
                unknownCountShown);
    }

    /**
     * A copy with secondary suppression on or off. Turning it off lets a suppressed cell be
     * recovered by subtraction from a shown total; do it only for tables published without totals.
     */
    public DisclosurePolicy withSecondarySuppression(boolean on) {
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                minimumResponseRate,
                on,
                unknownCountShown);
    }

    /**
     * A copy that shows a value whose n is not given when its measure is not about pupils (a
     * measure whose {@code about} is {@code STAFF} or {@code OTHER}: money, activities, teacher
     * counts). A value about pupils without its n is withheld whatever this says, since nothing
     * shows it is about enough pupils. Off by default.
     */
    public DisclosurePolicy withUnknownCountShown(boolean shown) {
        return new DisclosurePolicy(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                minimumResponseRate,
                secondarySuppression,
                shown);
    }

    /** Whether values without n are shown for measures that are not about pupils (default false). */
    public boolean unknownCountShown() {
        return unknownCountShown;
    }

    /** Figures about fewer pupils than this are suppressed (default 5). */
    public int threshold() {
        return threshold;
    }

    /** Survey results with fewer valid responses than this are suppressed (default 10). */
    public int surveyThreshold() {
        return surveyThreshold;
    }

    /** Shown counts are rounded half up to a multiple of this (default 1: exact). */
    public long roundingBase() {
        return roundingBase;
    }

    /** Decimal places for shown percentages (default 1). */
    public int percentageDecimals() {
        return percentageDecimals;
    }

    /**
     * The lowest response rate (respondents / invited, a fraction) at which a survey result is
     * shown; empty (the default) when there is none. When there is one, a survey result whose
     * number invited is not given ({@link org.concordat.evaluation.Observation#invited()}) is withheld too, since nothing
     * shows that it meets the rule.
     */
    public Optional<BigDecimal> minimumResponseRate() {
        return Optional.ofNullable(minimumResponseRate);
    }

    /** Whether secondary suppression is applied to tables (default true). */
    public boolean secondarySuppression() {
        return secondarySuppression;
    }

    /** Whether a figure about {@code n} pupils must be suppressed: 0 &lt; n &lt; threshold. */
    public boolean isDisclosive(long n) {
        return n > 0 && n < threshold;
    }

    /**
     * A count as shown: {@link Symbol#CONFIDENTIAL} when disclosive, {@link Symbol#LOW} when it
     * rounds to 0 but is not 0, else rounded half up to the rounding base.
     */
    public Figure showCount(long n) {
        Checks.requireNonNegative("count", n);
        if (isDisclosive(n)) {
            return Figure.withheld(Symbol.CONFIDENTIAL);
        }
        return roundCount(n);
    }

    /**
     * Rounds a count half up to the rounding base; a non-zero count that rounds to 0 is LOW. Used
     * for the n published beside a figure, once the figure itself may be shown.
     */
    public Figure roundCount(long n) {
        long rounded = BigDecimal.valueOf(n)
                        .divide(BigDecimal.valueOf(roundingBase), 0, RoundingMode.HALF_UP)
                        .longValueExact()
                * roundingBase;
        return n != 0 && rounded == 0 ? Figure.withheld(Symbol.LOW) : Figure.of(rounded);
    }

    /** A fraction (0.919) as a percentage rounded half up to the policy's places (91.9). */
    public BigDecimal percentage(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(percentageDecimals, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisclosurePolicy p
                && p.threshold == threshold
                && p.surveyThreshold == surveyThreshold
                && p.roundingBase == roundingBase
                && p.percentageDecimals == percentageDecimals
                && Objects.equals(p.minimumResponseRate, minimumResponseRate)
                && p.secondarySuppression == secondarySuppression
                && p.unknownCountShown == unknownCountShown;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                threshold,
                surveyThreshold,
                roundingBase,
                percentageDecimals,
                minimumResponseRate,
                secondarySuppression,
                unknownCountShown);
    }

    @Override
    public String toString() {
        return "DisclosurePolicy[threshold=" + threshold + ", surveyThreshold=" + surveyThreshold + ", roundingBase="
                + roundingBase + ", percentageDecimals=" + percentageDecimals + ", minimumResponseRate="
                + minimumResponseRate().map(BigDecimal::toPlainString).orElse("none") + ", secondarySuppression="
                + secondarySuppression + ", unknownCountShown=" + unknownCountShown + "]";
    }

    private static void requireAtLeastOne(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(Checks.describe(field, value, "must be at least 1"));
        }
    }
}
