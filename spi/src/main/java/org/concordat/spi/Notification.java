package org.concordat.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message a {@link Notifier} delivers: what happened ({@code eventType}, a stable
 * machine-readable name such as {@code agreement.awaiting-approval}), in which partnership, to
 * whom, with a subject, a plain-text body, an optional HTML body and links.
 *
 * <p>The HTML body, when present, is produced by Concordat with every text escaped; a notifier may
 * send it as the alternative part of a mail or ignore it. The text body is always complete on its
 * own.
 *
 * @param eventType a lowercase dotted name, e.g. {@code approval.recorded}
 * @param partnershipId the partnership the event belongs to, one line, at most 256 characters
 * @param recipients who receives it; at least one
 * @param subject one line, at most 200 characters
 * @param textBody the message as plain text; may be empty, never null
 * @param htmlBody the message as HTML, when there is one
 * @param links labelled links, in the order to show them
 * @param id a stable identifier for de-duplication: the same id means the same notification, so a
 *     receiver that sees an id twice can drop the second (webhooks send it as {@code webhook-id},
 *     mail as the {@code Message-ID}); 1 to 100 characters from {@code A-Z a-z 0-9 . _ : -}. When
 *     none is given one is derived from the content, so the same content has the same id.
 */
public record Notification(
        String eventType,
        String partnershipId,
        List<Recipient> recipients,
        String subject,
        String textBody,
        Optional<String> htmlBody,
        List<Link> links,
        String id) {
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * Checks and copies every part.
     *
     * @throws IllegalArgumentException when the event type is not a lowercase dotted name, there is
     *     no recipient, the partnership id or subject is blank, too long or multi-line, or the id is
     *     not 1 to 100 characters from {@code A-Z a-z 0-9 . _ : -}
     */
    public Notification {
        Objects.requireNonNull(eventType, "eventType");
        if (eventType.length() > 100 || !EVENT_TYPE.matcher(eventType).matches()) {
            throw new IllegalArgumentException(Texts.describe(
                    "Notification eventType",
                    Texts.abbreviate(eventType),
                    "must be a lowercase dotted name such as agreement.awaiting-approval"));
        }
        partnershipId = Texts.singleLine("Notification partnershipId", partnershipId, 256);
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("Notification recipients \"[]\": must name at least one recipient");
        }
        subject = Texts.singleLine("Notification subject", subject, 200);
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(Texts.describe(
                    "Notification id", Texts.abbreviate(id), "must be 1 to 100 characters from A-Z a-z 0-9 . _ : -"));
        }
    }

    /**
     * A notification whose id is derived from its content (see {@link #contentId}); the form used
     * before ids existed.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Notification(
            String eventType,
            String partnershipId,
            List<Recipient> recipients,
            String subject,
            String textBody,
            Optional<String> htmlBody,
            List<Link> links) {
        this(
                eventType,
                partnershipId,
                recipients,
                subject,
                textBody,
                htmlBody,
                links,
                contentId(eventType, partnershipId, recipients, subject, textBody, htmlBody, links));
    }

    /**
     * The id derived from content: {@code n-} and the first 32 hex digits of a SHA-256 over every
     * part, each length-prefixed so no two different contents share an input.
     */
    static String contentId(
            String eventType,
            String partnershipId,
            List<Recipient> recipients,
            String subject,
            String textBody,
            Optional<String> htmlBody,
            List<Link> links) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(String.valueOf(eventType));
        parts.add(String.valueOf(partnershipId));
        if (recipients != null) {
            for (Recipient r : recipients) {
                parts.add(r.name());
                parts.add(r.role());
                parts.add(r.address());
            }
        }
        parts.add(String.valueOf(subject));
        parts.add(String.valueOf(textBody));
        parts.add(htmlBody == null ? "" : htmlBody.orElse(""));
        if (links != null) {
            for (Link l : links) {
                parts.add(l.label());
                parts.add(l.uri().toString());
            }
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return "n-" + java.util.HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /**
     * A builder, for the optional parts.
     *
     * @param eventType see the record description
     * @param partnershipId see the record description
     */
    public static Builder builder(String eventType, String partnershipId) {
        return new Builder(eventType, partnershipId);
    }

    /** Shows event, partnership, recipients' roles and subject; never bodies, names or addresses. */
    @Override
    public String toString() {
        return "Notification[id=" + id + ", eventType=" + eventType + ", partnershipId=" + partnershipId
                + ", recipients=" + recipients + ", subject=" + subject + ", links=" + links.size() + "]";
    }

    /** Collects the parts of a {@link Notification}; not thread-safe. */
    public static final class Builder {
        private final String eventType;
        private final String partnershipId;
        private final java.util.ArrayList<Recipient> recipients = new java.util.ArrayList<>();
        private final java.util.ArrayList<Link> links = new java.util.ArrayList<>();
        private String subject = "";
        private String textBody = "";
        private Optional<String> htmlBody = Optional.empty();
        private String id;

        private Builder(String eventType, String partnershipId) {
            this.eventType = Objects.requireNonNull(eventType, "eventType");
            this.partnershipId = Objects.requireNonNull(partnershipId, "partnershipId");
        }

        /** Adds a recipient. */
        public Builder recipient(Recipient recipient) {
            recipients.add(Objects.requireNonNull(recipient, "recipient"));
            return this;
        }

        /** Adds a recipient from its parts. */
        public Builder recipient(String name, String role, String address) {
            return recipient(Recipient.of(name, role, address));
        }

        /** Sets the subject. */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /** Sets the plain-text body. */
        public Builder textBody(String textBody) {
            this.textBody = Objects.requireNonNull(textBody, "textBody");
            return this;
        }

        /** Sets the HTML body. */
        public Builder htmlBody(String htmlBody) {
            this.htmlBody = Optional.of(htmlBody);
            return this;
        }

        /** Adds a link. */
        public Builder link(Link link) {
            links.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        /** Adds a link from a label and absolute URI text. */
        public Builder link(String label, String uri) {
            return link(Link.of(label, uri));
        }

        /**
         * Sets the stable id receivers de-duplicate by, e.g. one derived from what caused the
         * notification; without it the id is derived from the content.
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * The notification.
         *
         * @throws IllegalArgumentException as the record's constructor
         */
        public Notification build() {
            return id == null
                    ? new Notification(eventType, partnershipId, recipients, subject, textBody, htmlBody, links)
                    : new Notification(eventType, partnershipId, recipients, subject, textBody, htmlBody, links, id);
        }
    }
}
