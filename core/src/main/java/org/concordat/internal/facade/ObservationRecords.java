package org.concordat.internal.facade;

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
 * string, n, source), index terms {@code measure=} for each measure observed. Each version holds
 * every observation so far, so the history shows what was known when.
 */
public final class ObservationRecords {
    /** The record type of observations. */
    public static final String TYPE = "observations";

    /** The schema version of the payload. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObservationRecords() {}

    /** The record key of a partnership's observations. */
    public static RecordKey key(String partnershipId) {
        return RecordKey.of(TYPE, partnershipId);
    }

    /** The draft to append for {@code observations}. */
    public static RecordDraft draft(List<Observation> observations, String author, Instant time) {
        ArrayNode array = JSON.createArrayNode();
        Set<IndexTerm> terms = new TreeSet<>();
        for (Observation o : observations) {
            ObjectNode node = array.addObject();
            node.put("measureId", o.measureId());
            o.institution().ifPresent(i -> node.put("institution", i));
            node.put("period", o.period().toString());
            node.put("group", o.group().toString());
            node.put("value", o.value().toPlainString());
            node.put("n", o.n().orElse(-1L));
            // Optional and additive: records written before it read unchanged (no invited).
            o.invited().ifPresent(i -> node.put("invited", i));
            node.put("source", o.source());
            PlanRecords.term("measure", o.measureId()).ifPresent(terms::add);
        }
        try {
            return RecordDraft.of(
                    SCHEMA_VERSION, "application/json", JSON.writeValueAsBytes(array), terms, author, time);
        } catch (IOException e) {
            throw new UncheckedIOException("writing observations", e);
        }
    }

    /** The observations a stored record holds, in the order saved. */
    public static List<Observation> read(StoredRecord record) {
        try {
            JsonNode array = JSON.readTree(record.payload());
            List<Observation> out = new ArrayList<>();
            for (JsonNode n : array) {
                Observation o = Observation.of(
                        n.get("measureId").asText(),
                        Optional.ofNullable(n.get("institution")).map(JsonNode::asText),
                        Period.parse(n.get("period").asText()),
                        PupilGroup.parse(n.get("group").asText()),
                        new BigDecimal(n.get("value").asText()),
                        n.get("n").asLong(),
                        n.get("source").asText());
                JsonNode invited = n.get("invited");
                out.add(invited == null ? o : o.withInvited(invited.asLong()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + record.key() + " version " + record.version(), e);
        }
    }
}
