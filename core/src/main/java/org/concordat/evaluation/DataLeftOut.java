package org.concordat.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import org.concordat.agreement.DataSharingGap;
import org.concordat.calendar.Period;

/**
 * One institution's value that an evaluation under the agreement left out of partnership-level
 * findings, and why (see {@link org.concordat.agreement.DataSharing}). Carries ids only.
 *
 * @param institutionId the institution whose value was left out
 * @param measureId the measure
 * @param period the period the value describes; it was judged on the period's last day
 * @param gap what the agreement lacked on that day
 */
public record DataLeftOut(String institutionId, String measureId, Period period, DataSharingGap gap) {
    /** Checks that no part is null. */
    public DataLeftOut {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(gap, "gap");
    }

    /** The day the value describes, on which the agreement was judged: the period's last day. */
    public LocalDate date() {
        return period.end();
    }
}
