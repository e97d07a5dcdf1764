package org.concordat.plan;

/**
 * Which way a measure improves: attainment and participation rise, a gap or an absence rate
 * falls. Decides whether a target is ambitious and whether a value is ahead of its trajectory.
 */
public enum Direction {
    /** A larger value is better (e.g. % of pupils applying to higher education). */
    HIGHER_IS_BETTER,
    /** A smaller value is better (e.g. the attainment gap, persistent absence). */
    LOWER_IS_BETTER;

    /**
     * Whether {@code candidate} is at least as good as {@code reference} in this direction.
     *
     * @param candidate the value being judged
     * @param reference the value it is compared with
     * @return true when candidate is equal to or better than reference
     */
    public boolean isAtLeastAsGood(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        int c = candidate.compareTo(reference);
        return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }
}
