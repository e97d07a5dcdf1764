package org.concordat.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.concordat.plan.PartnershipPlan;

/** What is written: {@code schemaVersion} first, then the plan's fields at the same level. */
@JsonPropertyOrder({SchemaVersion.FIELD})
final class PlanDocument {
    private final PartnershipPlan plan;

    PlanDocument(PartnershipPlan plan) {
        this.plan = plan;
    }

    /** The schema version written, always the current one. */
    @JsonProperty(SchemaVersion.FIELD)
    public int schemaVersion() {
        return SchemaVersion.CURRENT;
    }

    /** The plan, whose fields are written beside {@code schemaVersion}. */
    @JsonUnwrapped
    @JsonProperty("plan")
    public PartnershipPlan plan() {
        return plan;
    }
}
