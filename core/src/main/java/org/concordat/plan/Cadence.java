package org.concordat.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * How often a measure's data is collected. Evaluation uses it to tell data that is merely old
 * from data that is overdue.
 */
public enum Cadence {
    /** Collected once, e.g. an end-of-programme survey. Never overdue once collected. */
    ONCE(null),
    /** Every month. */
    MONTHLY(Period.ofMonths(1)),
    /** Every half-term: about seven weeks, allowed two months. */
    HALF_TERMLY(Period.ofMonths(2)),
    /** Every term: autumn, spring, summer; allowed four months. */
    TERMLY(Period.ofMonths(4)),
    /** Every academic year, e.g. published results. */
    ANNUALLY(Period.ofYears(1));

    private final Period interval;

    Cadence(Period interval) {
        this.interval = interval;
    }

    /**
     * The longest expected interval between two collections, empty for {@link #ONCE}. The
     * intervals are deliberately generous (a half-term is allowed two months) because school
     * holidays stretch real collection gaps.
     */
    public Optional<Period> interval() {
        return Optional.ofNullable(interval);
    }

    /**
     * The date by which the next collection is due after one made on {@code lastCollected},
     * empty for {@link #ONCE}.
     */
    public Optional<LocalDate> nextDueAfter(LocalDate lastCollected) {
        return interval().map(lastCollected::plus);
    }
}
