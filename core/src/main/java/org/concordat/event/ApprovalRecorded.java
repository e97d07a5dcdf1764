package org.concordat.event;

import java.util.Objects;
import org.concordat.agreement.Approval;

/**
 * A party's governing body approval of a version of the agreement was recorded.
 *
 * @param partnershipId the partnership
 * @param agreementVersion the version approved
 * @param approval the approval: institution, governing body, date, minute reference
 * @param stillAwaiting how many parties' approvals are still missing after this one
 */
public record ApprovalRecorded(String partnershipId, int agreementVersion, Approval approval, int stillAwaiting)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "agreement.approval-recorded";

    /** Checks the parts. */
    public ApprovalRecorded {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(approval, "approval");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
