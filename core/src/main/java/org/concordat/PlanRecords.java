package org.concordat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;

/**
 * Plans as store records: type {@value #TYPE}, id the partnership id, payload the codec's JSON,
 * index terms {@code urn=}, {@code member=} and {@code programme=} so plans can be found by them.
 */
final class PlanRecords {
    /** The record type of plans. */
    public static final String TYPE = "plan";

    /** The media type of a plan's payload. */
    public static final String MEDIA_TYPE = "application/json";

    /** Index term name: the URN of a member school. */
    public static final String URN = "urn";

    /** Index term name: the id of a member institution. */
    public static final String MEMBER = "member";

    /** Index term name: the programme the partnership belongs to. */
    public static final String PROGRAMME = "programme";

    private PlanRecords() {}

    /** The record key of a partnership's plan. */
    public static RecordKey key(String partnershipId) {
        return RecordKey.of(TYPE, partnershipId);
    }

    /** The draft to append for {@code plan}. */
    public static RecordDraft draft(PartnershipPlan plan, String author, Instant time) {
        return draft(encode(plan), terms(plan), author, time);
    }

    /** The payload of {@code plan}: the codec's JSON in UTF-8. */
    public static byte[] encode(PartnershipPlan plan) {
        return Plans.toJson(plan).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The draft to append for a plan already encoded: {@code payload} from {@link #encode} and
     * {@code terms} from {@link #terms} of the same plan.
     */
    public static RecordDraft draft(byte[] payload, Set<IndexTerm> terms, String author, Instant time) {
        return RecordDraft.of(Plans.SCHEMA_VERSION, MEDIA_TYPE, payload, terms, author, time);
    }

    /** The index terms of {@code plan}: each member's id and URN, and the programme. */
    public static Set<IndexTerm> terms(PartnershipPlan plan) {
        Set<IndexTerm> terms = new TreeSet<>();
        plan.partnership().members().forEach(m -> {
            term(MEMBER, m.institutionId()).ifPresent(terms::add);
            plan.institution(m.institutionId())
                    .flatMap(Institution::urn)
                    .flatMap(urn -> term(URN, urn.toString()))
                    .ifPresent(terms::add);
        });
        plan.partnership().programme().flatMap(p -> term(PROGRAMME, p)).ifPresent(terms::add);
        return terms;
    }

    /**
     * A term, with the value made single-line and cut to the store's limit, since the domain allows
     * text the index does not; empty when nothing is left.
     */
    public static Optional<IndexTerm> term(String name, String value) {
        String line = value.replaceAll("\\p{Cntrl}+", " ").strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IndexTerm.of(name, IndexTerm.cut(line)));
    }

    /**
     * The plan version a stored record holds.
     *
     * @throws IllegalStateException when the record was written in a newer schema than this
     *     Concordat reads
     */
    public static PlanVersion read(StoredRecord record) {
        int schema = record.content().schemaVersion();
        if (schema > Plans.SCHEMA_VERSION) {
            throw new IllegalStateException("record " + record.key() + " version " + record.version()
                    + ": written in plan schema " + schema + ", newer than the " + Plans.SCHEMA_VERSION
                    + " this Concordat reads; upgrade Concordat to read it");
        }
        String json = new String(record.payload(), StandardCharsets.UTF_8);
        PartnershipPlan plan = Plans.readJson(json);
        return new PlanVersion(
                plan,
                record.version(),
                record.content().time(),
                record.content().author());
    }
}
