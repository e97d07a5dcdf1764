package org.concordat.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.concordat.io.PlanFormat;
import org.concordat.io.PlanFormatException;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;

/**
 * How the command keeps a plan in a record store: key {@code plan/PARTNERSHIP_ID}, payload the
 * plan's JSON in the documented plan format, index terms {@code partnership=ID} and {@code
 * urn=URN} for each school with a URN.
 */
final class PlanRecords {
    /** The record type of plans. */
    static final String TYPE = "plan";

    /** The media type of the payload. */
    static final String MEDIA_TYPE = "application/vnd.concordat.plan+json";

    private PlanRecords() {}

    static RecordKey key(String partnershipId) {
        try {
            return RecordKey.of(TYPE, partnershipId);
        } catch (IllegalArgumentException e) {
            throw new InputException("partnership id \"" + partnershipId + "\": " + e.getMessage(), e);
        }
    }

    static RecordDraft draft(PartnershipPlan plan, String author, Instant time) {
        Set<IndexTerm> terms = new LinkedHashSet<>();
        terms.add(IndexTerm.of("partnership", plan.partnership().id()));
        for (Institution i : plan.institutions()) {
            i.urn().ifPresent(urn -> terms.add(IndexTerm.of("urn", urn.toString())));
        }
        byte[] json = Plans.toJson(plan).getBytes(StandardCharsets.UTF_8);
        return RecordDraft.of(Plans.SCHEMA_VERSION, MEDIA_TYPE, json, terms, author, time);
    }

    /**
     * The plan a record holds.
     *
     * @throws InputException when the payload is not a plan this version can read
     */
    static PartnershipPlan plan(StoredRecord record) {
        try {
            return Plans.read(new ByteArrayInputStream(record.payload()), PlanFormat.JSON);
        } catch (PlanFormatException e) {
            throw new InputException(record.key() + " version " + record.version() + ": " + e.getMessage(), e);
        }
    }
}
