package org.concordat.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the agreement came into force: every governing body agreed, so work can start.
 *
 * @param partnershipId the partnership
 * @param agreementVersion the version now in force
 * @param fullyApprovedOn the date of the last approval, when every party's approval is recorded
 */
public record AgreementInForce(String partnershipId, int agreementVersion, Optional<LocalDate> fullyApprovedOn)
        implements PlanEvent {
    /** The event type, {@value}. */
    public static final String TYPE = "agreement.in-force";

    /** Checks the parts. */
    public AgreementInForce {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(fullyApprovedOn, "fullyApprovedOn");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
