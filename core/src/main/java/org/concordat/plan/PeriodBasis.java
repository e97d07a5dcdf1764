package org.concordat.plan;

/**
 * How a measure's values for successive periods relate: each stands for its own period, or each
 * adds to the ones before, so that the value judged against a target is the running total.
 */
public enum PeriodBasis {
    /** Each value stands for its period alone (the default, and the behaviour before this option). */
    PER_PERIOD,
    /**
     * Each value is the period's increment; a target and the trajectory are judged against the
     * running total of the values for periods ending on or before the date judged.
     */
    CUMULATIVE;

    /**
     * Tells the plan writer to leave out the default ({@link #PER_PERIOD}), so plans written before
     * this option read and write unchanged. Public for Jackson only.
     */
    public static final class DefaultFilter {
        /** For Jackson. */
        public DefaultFilter() {}

        /** True (leave out) for the default. */
        @Override
        public boolean equals(Object value) {
            return value == null || value == PER_PERIOD;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
