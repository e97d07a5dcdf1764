package org.concordat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateStatus;
import org.concordat.plan.PupilGroup;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;

/**
 * Monitoring updates, period locks and the per-partnership monitoring log as store records.
 *
 * <p>An update is one record (type {@value #UPDATE}, id {@code partnership/update}); each version
 * is the update's whole state after one transition, with the transition itself, so the history is
 * the versions and nothing is rewritten. A lock is one record per partnership, measure (or {@code *})
 * and period (type {@value #LOCK}); each version locks or unlocks it. Every monitoring write also
 * appends one small version to the partnership's log record (type {@value #LOG}) in the same atomic
 * group: expecting the log's version serialises the partnership's monitoring writes, so a lock and a
 * submission, or two decisions, cannot both pass their checks on a state the other changed.
 */
final class UpdateRecords {
    /** The record type of updates. */
    public static final String UPDATE = "update";

    /** The record type of period locks. */
    public static final String LOCK = "period-lock";

    /** The record type of the per-partnership monitoring log. */
    public static final String LOG = "monitoring-log";

    /** The schema version of every payload written now. */
    public static final int SCHEMA_VERSION = 1;

    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpdateRecords() {}

    /** The key of an update. */
    public static RecordKey updateKey(String partnershipId, String updateId) {
        return RecordKey.of(UPDATE, partnershipId + "/" + updateId);
    }

    /** The key of a lock of {@code measureId} (empty: every measure) for {@code period}. */
    public static RecordKey lockKey(String partnershipId, Optional<String> measureId, Period period) {
        return RecordKey.of(LOCK, partnershipId + "/" + measureId.orElse("*") + "/" + period);
    }

    /** The key of a partnership's monitoring log. */
    public static RecordKey logKey(String partnershipId) {
        return RecordKey.of(LOG, partnershipId);
    }

    /** Whether {@code key} belongs to {@code partnershipId} (its id starts with the partnership and a slash). */
    public static boolean belongsTo(RecordKey key, String partnershipId) {
        return key.id().startsWith(partnershipId + "/");
    }

    /** The draft of an update's new state, recorded by {@code update.last().personId()}. */
    public static RecordDraft draft(Update update) {
        ObjectNode node = JSON.createObjectNode();
        node.put("partnershipId", update.partnershipId());
        node.put("id", update.id());
        Observation o = update.value();
        ObservationRecords.put(node, o);
        update.comment().ifPresent(c -> node.put("comment", c));
        node.put("status", update.status().name());
        update.submittedBy().ifPresent(s -> node.put("submittedBy", s));
        node.put("imported", update.imported());
        Transition t = update.last();
        ObjectNode step = node.putObject("transition");
        t.from().ifPresent(f -> step.put("from", f.name()));
        step.put("to", t.to().name());
        step.put("by", t.personId());
        step.put("at", t.time().toString());
        t.reason().ifPresent(r -> step.put("reason", r));
        Set<IndexTerm> terms = Set.of(
                IndexTerm.of("partnership", update.partnershipId()),
                IndexTerm.of("measure", o.measureId()),
                IndexTerm.of("status", update.status().name()));
        return RecordDraft.of(SCHEMA_VERSION, JSON_TYPE, bytes(node), terms, t.personId(), t.time());
    }

    /** The update one stored version holds. */
    public static Update update(StoredRecord record) {
        JsonNode n = read(record);
        Observation.Builder value = Observation.builder()
                .measureId(text(n, "measureId"))
                .institution(optional(n, "institution"))
                .period(Period.parse(text(n, "period")))
                .group(PupilGroup.parse(text(n, "group")))
                .value(new BigDecimal(text(n, "value")))
                .source(text(n, "source"));
        // The stored format writes -1 for an n not given.
        long count = n.get("n").asLong();
        if (count >= 0) {
            value.n(count);
        }
        if (n.has("invited")) {
            value.invited(n.get("invited").asLong());
        }
        Observation o = value.build();
        JsonNode step = n.get("transition");
        Transition t = new Transition(
                record.version(),
                optional(step, "from").map(UpdateStatus::valueOf),
                UpdateStatus.valueOf(text(step, "to")),
                text(step, "by"),
                Instant.parse(text(step, "at")),
                optional(step, "reason"));
        return new Update(
                text(n, "partnershipId"),
                text(n, "id"),
                o,
                optional(n, "comment"),
                UpdateStatus.valueOf(text(n, "status")),
                record.version(),
                optional(n, "submittedBy"),
                n.path("imported").asBoolean(false),
                t);
    }

    /** The draft of a lock's new state. */
    public static RecordDraft draft(PeriodLock lock) {
        ObjectNode node = JSON.createObjectNode();
        node.put("partnershipId", lock.partnershipId());
        lock.measureId().ifPresent(m -> node.put("measureId", m));
        node.put("period", lock.period().toString());
        node.put("locked", lock.locked());
        node.put("by", lock.personId());
        node.put("at", lock.time().toString());
        lock.reason().ifPresent(r -> node.put("reason", r));
        Set<IndexTerm> terms = Set.of(IndexTerm.of("partnership", lock.partnershipId()));
        return RecordDraft.of(SCHEMA_VERSION, JSON_TYPE, bytes(node), terms, lock.personId(), lock.time());
    }

    /** The lock state one stored version holds. */
    public static PeriodLock lock(StoredRecord record) {
        JsonNode n = read(record);
        return new PeriodLock(
                text(n, "partnershipId"),
                optional(n, "measureId"),
                Period.parse(text(n, "period")),
                n.get("locked").asBoolean(),
                record.version(),
                text(n, "by"),
                Instant.parse(text(n, "at")),
                optional(n, "reason"));
    }

    /** The log entry for a write to {@code key}'s version {@code version}: the reference only, no content. */
    public static RecordDraft logEntry(RecordKey key, long version, String author, Instant time) {
        ObjectNode node = JSON.createObjectNode();
        node.put("record", key.toString());
        node.put("version", version);
        return RecordDraft.of(SCHEMA_VERSION, JSON_TYPE, bytes(node), Set.of(), author, time);
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(StoredRecord record) {
        if (record.content().schemaVersion() != SCHEMA_VERSION) {
            throw new UncheckedIOException(new IOException(record.key() + " version " + record.version()
                    + " has schema version " + record.content().schemaVersion()
                    + ", which this version of Concordat cannot read (it reads " + SCHEMA_VERSION + ")"));
        }
        try {
            return JSON.readTree(record.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + record.key() + " version " + record.version(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new UncheckedIOException(new IOException("monitoring record: field \"" + field + "\" missing"));
        }
        return v.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
