package org.concordat.event;

import java.util.List;
import java.util.Objects;

/**
 * A version of the agreement (MOU) was circulated and some parties' governing bodies have not yet
 * approved it.
 *
 * @param partnershipId the partnership
 * @param agreementVersion the version number circulated
 * @param awaitingInstitutionIds the parties whose approval is still missing, in party order
 */
public record AgreementAwaitingApproval(String partnershipId, int agreementVersion, List<String> awaitingInstitutionIds)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "agreement.awaiting-approval";

    /** Checks and copies the parts. */
    public AgreementAwaitingApproval {
        Objects.requireNonNull(partnershipId, "partnershipId");
        awaitingInstitutionIds = List.copyOf(awaitingInstitutionIds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
