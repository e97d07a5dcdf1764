package org.concordat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.plan.PupilGroup;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;

/**
 * A partnership's observations as one store record: type {@value #TYPE}, id the partnership id,
 * payload a JSON array (each observation's measure, institution, period, group, value as a decimal
 * string, n, invited, source).
 *
 * <p>Two layouts, both read. Since {@link #SCHEMA_VERSION} 2 each version holds only the batch
 * recorded by one call, so recording costs storage in proportion to the batch, not to everything
 * recorded before; the observations known at version k are those of versions 1 to k in order.
 * Stores written before it hold schema-1 versions, each with every observation recorded so far;
 * such a version replaces all before it. Versions are never rewritten, so an old store is not
 * migrated: new batches follow its last whole list. Index terms {@code measure=} name every measure
 * observed so far (bounded by the plan's measures, not by the number of observations).
 */
final class ObservationRecords {
    /** The record type of observations. */
    public static final String TYPE = "observations";

    /** The schema version of the payload written now: one batch per version. */
    public static final int SCHEMA_VERSION = 2;

    /** The schema version of the first layout: every observation so far in each version. */
    public static final int WHOLE_LIST_SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObservationRecords() {}

    /** The record key of a partnership's observations. */
    public static RecordKey key(String partnershipId) {
        return RecordKey.of(TYPE, partnershipId);
    }

    /**
     * The draft to append for a batch of {@code observations}, carrying the index terms of the
     * version it follows ({@code previous}) plus those of the batch.
     */
    public static RecordDraft draft(
            List<Observation> observations, Set<IndexTerm> previous, String author, Instant time) {
        ArrayNode array = JSON.createArrayNode();
        Set<IndexTerm> terms = new TreeSet<>(previous);
        for (Observation o : observations) {
            put(array.addObject(), o);
            PlanRecords.term("measure", o.measureId()).ifPresent(terms::add);
        }
        try {
            return RecordDraft.of(
                    SCHEMA_VERSION, "application/json", JSON.writeValueAsBytes(array), terms, author, time);
        } catch (IOException e) {
            throw new UncheckedIOException("writing observations", e);
        }
    }

    /**
     * The observations known after the last of {@code history} (every version of the record, oldest
     * first), in the order recorded: a schema-1 version's whole list replaces what came before, a
     * schema-2 version's batch is added to it.
     *
     * @throws UncheckedIOException when a version cannot be read or has an unknown schema version
     */
    public static List<Observation> fold(List<StoredRecord> history) {
        List<Observation> all = new ArrayList<>();
        for (StoredRecord r : history) {
            int schema = r.content().schemaVersion();
            if (schema == WHOLE_LIST_SCHEMA_VERSION) {
                all.clear();
            } else if (schema != SCHEMA_VERSION) {
                throw new UncheckedIOException(
                        new IOException(r.key() + " version " + r.version() + " has schema version " + schema
                                + ", which this version of Concordat cannot read (it reads 1 and 2)"));
            }
            all.addAll(read(r));
        }
        return List.copyOf(all);
    }

    /**
     * Writes one observation's fields into {@code node}: the layout of an observation batch's
     * elements, which a monitoring update's record shares.
     */
    static void put(ObjectNode node, Observation o) {
        node.put("measureId", o.measureId());
        o.institution().ifPresent(i -> node.put("institution", i));
        node.put("period", o.period().toString());
        node.put("group", o.group().toString());
        node.put("value", o.value().toPlainString());
        node.put("n", o.n().orElse(-1L));
        // Optional and additive: records written before it read unchanged (no invited).
        o.invited().ifPresent(i -> node.put("invited", i));
        node.put("source", o.source());
    }

    /** The observations one stored version holds (a batch, or a schema-1 whole list), in the order saved. */
    public static List<Observation> read(StoredRecord record) {
        try {
            JsonNode array = JSON.readTree(record.payload());
            List<Observation> out = new ArrayList<>();
            for (JsonNode n : array) {
                Observation.Builder o = Observation.builder()
                        .measureId(n.get("measureId").asText())
                        .institution(Optional.ofNullable(n.get("institution")).map(JsonNode::asText))
                        .period(Period.parse(n.get("period").asText()))
                        .group(PupilGroup.parse(n.get("group").asText()))
                        .value(new BigDecimal(n.get("value").asText()))
                        .source(n.get("source").asText());
                // The stored format writes -1 for an n not given.
                long count = n.get("n").asLong();
                if (count >= 0) {
                    o.n(count);
                }
                JsonNode invited = n.get("invited");
                if (invited != null) {
                    o.invited(invited.asLong());
                }
                out.add(o.build());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + record.key() + " version " + record.version(), e);
        }
    }
}
