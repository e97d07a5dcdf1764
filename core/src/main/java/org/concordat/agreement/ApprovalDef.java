package org.concordat.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * One party's approval of one agreement version: which governing body approved it, on what date,
 * and the reference of the minute that records it.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Approval.class)
@JsonDeserialize(as = Approval.class)
@JsonPropertyOrder({"institutionId", "governingBody", "date", "minuteReference"})
abstract class ApprovalDef {
    /** Id of the approving party's institution. */
    public abstract String institutionId();

    /** The body that approved, e.g. {@code Full governing board} or {@code Trust board}. */
    public abstract String governingBody();

    /** The date of the meeting that approved. */
    public abstract LocalDate date();

    /** The minute reference, e.g. {@code FGB 2025-09 item 7}. */
    public abstract String minuteReference();

    @Value.Check
    void check() {
        Ids.require("approval.institutionId", institutionId());
        Checks.requireNonBlank("approval.governingBody", governingBody());
        Checks.requireNonBlank("approval.minuteReference", minuteReference());
    }
}
