package org.concordat.evaluation.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/**
 * The rules by which figures about pupils and survey respondents are suppressed and rounded. The
 * {@link #defaults() defaults} follow the shared reference: suppress a figure about fewer than 5
 * pupils, a survey result with fewer than 10 valid responses, apply secondary suppression, show
 * exact counts, percentages to 1 decimal place, rounding half up (as DfE analysts do, not bankers'
 * rounding). Every rule is configurable with a {@code with...} copy or the builder; a rule that
 * cannot work (a threshold below 1) is refused with the field and value named.
 */
@Value.Immutable
@ConcordatStyle
abstract class DisclosurePolicyDef {
    /**
     * Threshold 5, survey threshold 10, no minimum response rate, exact counts, 1 decimal place,
     * secondary suppression on.
     */
    public static DisclosurePolicy defaults() {
        return Defaults.POLICY;
    }

    /**
     * The National Student Survey's publication rule on top of the defaults: at least 10 responses
     * and a response rate of at least 50%.
     */
    public static DisclosurePolicy nationalStudentSurvey() {
        return defaults().withMinimumResponseRate(new BigDecimal("0.5"));
    }

    /**
     * Whether values without n are shown for measures that are not about pupils (a measure whose
     * {@code about} is {@code STAFF} or {@code OTHER}: money, activities, teacher counts); default
     * false. A value about pupils without its n is withheld whatever this says, since nothing shows
     * it is about enough pupils.
     */
    @Value.Default
    public boolean unknownCountShown() {
        return false;
    }

    /** Figures about fewer pupils than this are suppressed (default 5); at least 1. */
    @Value.Default
    public int threshold() {
        return 5;
    }

    /** Survey results with fewer valid responses than this are suppressed (default 10); at least 1. */
    @Value.Default
    public int surveyThreshold() {
        return 10;
    }

    /**
     * Shown counts are rounded half up to a multiple of this (default 1: exact; Ofqual rounds to
     * 5); at least 1. A non-zero count that rounds to 0 is shown as {@link Symbol#LOW}.
     */
    @Value.Default
    public long roundingBase() {
        return 1;
    }

    /** Decimal places for shown percentages (default 1), 0 to 6. */
    @Value.Default
    public int percentageDecimals() {
        return 1;
    }

    /**
     * The lowest response rate (respondents / invited, a fraction from 0 to 1) at which a survey
     * result is shown; empty (the default) when there is none, and 0 turns the rule off. When there
     * is one, a survey result whose number invited is not given ({@link org.concordat.evaluation.Observation#invited()}) is
     * withheld too, since nothing shows that it meets the rule.
     */
    public abstract Optional<BigDecimal> minimumResponseRate();

    /**
     * Whether secondary suppression is applied to tables (default true). Turning it off lets a
     * suppressed cell be recovered by subtraction from a shown total; do it only for tables
     * published without totals.
     */
    @Value.Default
    public boolean secondarySuppression() {
        return true;
    }

    /** Whether a figure about {@code n} pupils must be suppressed: 0 &lt; n &lt; threshold. */
    public boolean isDisclosive(long n) {
        return n > 0 && n < threshold();
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

    /** Rounds a count half up to the rounding base; a non-zero count that rounds to 0 is LOW. */
    public Figure roundCount(long n) {
        long rounded = BigDecimal.valueOf(n)
                        .divide(BigDecimal.valueOf(roundingBase()), 0, RoundingMode.HALF_UP)
                        .longValueExact()
                * roundingBase();
        return n != 0 && rounded == 0 ? Figure.withheld(Symbol.LOW) : Figure.of(rounded);
    }

    /** A fraction (0.919) as a percentage rounded half up to the policy's places (91.9). */
    public BigDecimal percentage(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(percentageDecimals(), RoundingMode.HALF_UP);
    }

    /** The rules in one line, the minimum response rate as "none" when there is none. */
    @Override
    public String toString() {
        return "DisclosurePolicy[threshold=" + threshold() + ", surveyThreshold=" + surveyThreshold()
                + ", roundingBase=" + roundingBase() + ", percentageDecimals=" + percentageDecimals()
                + ", minimumResponseRate="
                + minimumResponseRate().map(BigDecimal::toPlainString).orElse("none")
                + ", secondarySuppression=" + secondarySuppression() + ", unknownCountShown=" + unknownCountShown()
                + "]";
    }

    /**
     * Refuses a policy that cannot work: a threshold, survey threshold or rounding base below 1,
     * percentage places outside 0 to 6, a minimum response rate outside 0 to 1.
     */
    @Value.Check
    protected void check() {
        requireAtLeastOne("threshold", threshold());
        requireAtLeastOne("survey threshold", surveyThreshold());
        requireAtLeastOne("rounding base", roundingBase());
        if (percentageDecimals() < 0 || percentageDecimals() > 6) {
            throw new IllegalArgumentException(
                    Checks.describe("percentage decimals", percentageDecimals(), "must be 0 to 6"));
        }
        minimumResponseRate().ifPresent(rate -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(
                        Checks.describe("minimum response rate", rate, "must be a fraction from 0 to 1"));
            }
        });
    }

    private static final class Defaults {
        static final DisclosurePolicy POLICY = DisclosurePolicy.builder().build();
    }

    private static void requireAtLeastOne(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(Checks.describe(field, value, "must be at least 1"));
        }
    }
}
