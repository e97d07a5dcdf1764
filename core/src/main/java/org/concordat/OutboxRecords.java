package org.concordat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Link;
import org.concordat.spi.Recipient;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;

/**
 * Notifications in the outbox as store records: type {@value #TYPE}, id the notification's stable
 * id, one version per change of delivery state (version 1 as recorded), payload JSON, index terms
 * {@code state=pending} while anything is left to deliver, {@code partnership=} and {@code person=}
 * for each recipient (so an erasure finds them). Ids are derived from the cause alone ({@link
 * #id}), so recording the same cause twice names the same record.
 */
final class OutboxRecords {
    /** The record type of outbox notifications. */
    public static final String TYPE = "notification";

    /** The schema version of the payload. */
    public static final int SCHEMA_VERSION = 1;

    /** Index term name and value marking a notification with deliveries left to make. */
    public static final String STATE = "state";

    /** The value of {@link #STATE} while pending. */
    public static final String PENDING = "pending";

    /** Index term name: a recipient's person id. */
    public static final String PERSON = "person";

    /** Index term name: the partnership. */
    public static final String PARTNERSHIP = "partnership";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxRecords() {}

    /**
     * The stable id of the notification caused by {@code cause}: {@code c-} and 32 hex digits of a
     * SHA-256 over the parts, each length-prefixed so that no two different part lists share an
     * input. The same parts always give the same id.
     */
    public static String id(List<String> cause) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        digest.update(ByteBuffer.allocate(4).putInt(cause.size()).array());
        for (String part : cause) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return "c-" + HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** The record key of the notification with {@code id}. */
    public static RecordKey key(String id) {
        return RecordKey.of(TYPE, id);
    }

    /** The draft to append for {@code item}. */
    public static RecordDraft draft(OutboxItem item, String author, Instant time) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", item.id());
        root.put("cause", item.cause());
        root.put("sequence", item.sequence());
        root.put("recorded", item.recorded().toString());
        root.put("eventType", item.eventType());
        root.put("partnershipId", item.partnershipId());
        ArrayNode to = root.putArray("recipients");
        for (OutboxItem.Addressee a : item.recipients()) {
            ObjectNode n = to.addObject();
            n.put("personId", a.personId());
            n.put("name", a.recipient().name());
            n.put("role", a.recipient().role());
            n.put("address", a.recipient().address());
        }
        root.put("withoutAddress", item.withoutAddress());
        root.put("optedOut", item.optedOut());
        root.put("subject", item.subject());
        root.put("textBody", item.textBody());
        item.htmlBody().ifPresent(h -> root.put("htmlBody", h));
        ArrayNode links = root.putArray("links");
        for (Link l : item.links()) {
            links.addObject().put("label", l.label()).put("uri", l.uri().toString());
        }
        ObjectNode deliveries = root.putObject("deliveries");
        item.deliveries().forEach((name, d) -> {
            ObjectNode n = deliveries.putObject(name);
            n.put("state", d.state().name());
            n.put("attempts", d.attempts());
            d.nextAttempt().ifPresent(t -> n.put("nextAttempt", t.toString()));
            d.lastAttempt().ifPresent(t -> n.put("lastAttempt", t.toString()));
            d.lastError().ifPresent(e -> n.put("lastError", e));
        });
        root.put("status", item.status().name());
        try {
            return RecordDraft.of(
                    SCHEMA_VERSION, "application/json", JSON.writeValueAsBytes(root), terms(item), author, time);
        } catch (IOException e) {
            throw new UncheckedIOException("writing notification " + item.id(), e);
        }
    }

    /** The index terms of {@code item}; see the class description. */
    public static Set<IndexTerm> terms(OutboxItem item) {
        Set<IndexTerm> terms = new TreeSet<>();
        if (item.status() == OutboxItem.Status.PENDING) {
            terms.add(IndexTerm.of(STATE, PENDING));
        }
        PlanRecords.term(PARTNERSHIP, item.partnershipId()).ifPresent(terms::add);
        for (OutboxItem.Addressee a : item.recipients()) {
            PlanRecords.term(PERSON, a.personId()).ifPresent(terms::add);
        }
        return terms;
    }

    /**
     * The item a stored record holds.
     *
     * @throws IllegalStateException when the record was written in a newer schema or is not an
     *     outbox notification
     */
    public static OutboxItem read(StoredRecord record) {
        if (record.content().schemaVersion() > SCHEMA_VERSION) {
            throw new IllegalStateException("record " + record.key() + " version " + record.version()
                    + ": written in notification schema " + record.content().schemaVersion() + ", newer than the "
                    + SCHEMA_VERSION + " this Concordat reads; upgrade Concordat to read it");
        }
        JsonNode root;
        try {
            root = JSON.readTree(record.payload());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "record " + record.key() + " version " + record.version() + ": not a notification ("
                            + e.getMessage() + ")",
                    e);
        }
        List<OutboxItem.Addressee> recipients = new ArrayList<>();
        for (JsonNode n : root.path("recipients")) {
            recipients.add(new OutboxItem.Addressee(
                    n.get("personId").asText(),
                    Recipient.of(
                            n.get("name").asText(),
                            n.get("role").asText(),
                            n.get("address").asText())));
        }
        List<Link> links = new ArrayList<>();
        for (JsonNode n : root.path("links")) {
            links.add(Link.of(n.get("label").asText(), URI.create(n.get("uri").asText())));
        }
        Map<String, OutboxItem.Delivery> deliveries = new TreeMap<>();
        root.path("deliveries").properties().forEach(e -> {
            JsonNode n = e.getValue();
            deliveries.put(
                    e.getKey(),
                    new OutboxItem.Delivery(
                            OutboxItem.State.valueOf(n.get("state").asText()),
                            n.path("attempts").asInt(),
                            instant(n, "nextAttempt"),
                            instant(n, "lastAttempt"),
                            Optional.ofNullable(n.get("lastError")).map(JsonNode::asText)));
        });
        return new OutboxItem(
                root.get("id").asText(),
                root.get("cause").asText(),
                root.path("sequence").asInt(),
                Instant.parse(root.get("recorded").asText()),
                root.get("eventType").asText(),
                root.get("partnershipId").asText(),
                recipients,
                root.path("withoutAddress").asInt(),
                root.path("optedOut").asInt(),
                root.get("subject").asText(),
                root.get("textBody").asText(),
                Optional.ofNullable(root.get("htmlBody")).map(JsonNode::asText),
                links,
                deliveries,
                OutboxItem.Status.valueOf(root.get("status").asText()));
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(n -> Instant.parse(n.asText()));
    }
}
