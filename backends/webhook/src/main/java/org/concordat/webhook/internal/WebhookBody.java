package org.concordat.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.concordat.spi.Link;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;

/**
 * The JSON body of a webhook request, schema version {@value #VERSION} (documented in
 * docs/backends.md):
 *
 * <pre>
 * {"version":1,"type":"agreement.awaiting-approval","id":"n-…","timestamp":"2026-12-05T21:00:00Z",
 *  "data":{"partnershipId":"P-1","subject":"…","text":"…","html":"…" or null,
 *          "links":[{"label":"…","url":"https://…"}],
 *          "recipients":[{"role":"champion"}, …]}}
 * </pre>
 *
 * <p>{@code recipients} carries roles only unless the endpoint is configured for contacts, when each
 * also has {@code name} and {@code address}. Fields are never removed or changed in meaning within
 * a version; new ones may be added, so a receiver ignores fields it does not know.
 */
public final class WebhookBody {
    /** The schema version written in {@code version}. */
    public static final int VERSION = 1;

    private WebhookBody() {}

    /**
     * The body's bytes (UTF-8).
     *
     * @param sentAt the time of the send, written as {@code timestamp}
     * @param contacts whether recipients' names and addresses are included
     */
    public static byte[] of(Notification n, Instant sentAt, boolean contacts) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"version\":").append(VERSION).append(",\"type\":");
        Json.string(out, n.eventType()).append(",\"id\":");
        Json.string(out, n.id()).append(",\"timestamp\":");
        Json.string(out, sentAt.toString()).append(",\"data\":{\"partnershipId\":");
        Json.string(out, n.partnershipId()).append(",\"subject\":");
        Json.string(out, n.subject()).append(",\"text\":");
        Json.string(out, n.textBody()).append(",\"html\":");
        if (n.htmlBody().isPresent()) {
            Json.string(out, n.htmlBody().get());
        } else {
            out.append("null");
        }
        out.append(",\"links\":[");
        for (int i = 0; i < n.links().size(); i++) {
            Link link = n.links().get(i);
            out.append(i == 0 ? "" : ",").append("{\"label\":");
            Json.string(out, link.label()).append(",\"url\":");
            Json.string(out, link.uri().toString()).append('}');
        }
        out.append("],\"recipients\":[");
        for (int i = 0; i < n.recipients().size(); i++) {
            Recipient r = n.recipients().get(i);
            out.append(i == 0 ? "" : ",").append("{\"role\":");
            Json.string(out, r.role());
            if (contacts) {
                out.append(",\"name\":");
                Json.string(out, r.name()).append(",\"address\":");
                Json.string(out, r.address());
            }
            out.append('}');
        }
        return out.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
