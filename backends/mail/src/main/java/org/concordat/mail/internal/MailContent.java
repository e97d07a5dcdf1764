package org.concordat.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.concordat.spi.Link;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;

/**
 * What one recipient's copy of a notification says: the plain-text part, the HTML part and the
 * {@code Message-ID}, decided here without any mail library so each can be tested alone.
 */
public final class MailContent {
    /** The domain of every Message-ID: reserved (RFC 6761), so it never names a real host. */
    public static final String MESSAGE_ID_DOMAIN = "concordat.invalid";

    private MailContent() {}

    /**
     * {@code text} with every surrogate that is not half of a pair replaced by U+FFFD: UTF-8 cannot
     * carry one, and the JDK's encoder would write {@code ?} instead, silently.
     */
    public static String unicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * The plain-text part: a greeting, the notification's text, its links one per line, and a line
     * saying why the recipient receives it.
     */
    public static String text(Notification n, Recipient to) {
        StringBuilder out = new StringBuilder("Hello ").append(to.name()).append(",\n\n");
        if (!n.textBody().isBlank()) {
            out.append(n.textBody().strip()).append("\n\n");
        }
        for (Link link : n.links()) {
            out.append(link.label()).append(": ").append(link.uri()).append('\n');
        }
        if (!n.links().isEmpty()) {
            out.append('\n');
        }
        return unicode(out.append("-- \n").append(footer(n, to)).append('\n').toString());
    }

    /**
     * The HTML part. The notification's HTML body is used as it is (Concordat escapes every value
     * in it); without one, the text body is turned into paragraphs with every character escaped.
     * The greeting, links and footer are always escaped here.
     */
    public static String html(Notification n, Recipient to) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(n.subject()))
                .append("</title></head>\n<body>\n<p>Hello ")
                .append(escape(to.name()))
                .append(",</p>\n");
        if (n.htmlBody().isPresent()) {
            out.append(n.htmlBody().get()).append('\n');
        } else {
            for (String paragraph : n.textBody().strip().split("\\R\\s*\\R", -1)) {
                if (!paragraph.isBlank()) {
                    out.append("<p>")
                            .append(escape(paragraph.strip()).replaceAll("\\R", "<br>\n"))
                            .append("</p>\n");
                }
            }
        }
        if (!n.links().isEmpty()) {
            out.append("<ul>\n");
            for (Link link : n.links()) {
                out.append("<li><a href=\"")
                        .append(escape(link.uri().toString()))
                        .append("\">")
                        .append(escape(link.label()))
                        .append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("<p style=\"color:#555\">")
                .append(escape(footer(n, to)))
                .append("</p>\n</body></html>\n")
                .toString()
                .transform(MailContent::unicode);
    }

    private static String footer(Notification n, Recipient to) {
        return "You receive this as " + to.role() + " in partnership " + n.partnershipId() + " (" + n.eventType()
                + ").";
    }

    /**
     * The Message-ID of one recipient's copy: the notification's id (with each character outside
     * RFC 5322 atext written as {@code =XX}), a full stop, 12 hex digits of a SHA-256 of the
     * recipient's address (lowercased), at {@value #MESSAGE_ID_DOMAIN}. Sending the same
     * notification again gives every recipient the same Message-ID, so a mail client or a
     * receiving system can drop the second copy; two recipients' copies differ, as RFC 5322 asks of
     * two messages.
     */
    public static String messageId(Notification n, Recipient to) {
        return "<" + atext(n.id()) + "." + addressTag(to.address()) + "@" + MESSAGE_ID_DOMAIN + ">";
    }

    /** {@code id} with every character outside RFC 5322 atext, and {@code =} itself, as {@code =XX}. */
    static String atext(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean atext = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || (c != '=' && "!#$%&'*+-/?^_`{|}~".indexOf(c) >= 0);
            if (atext) {
                out.append((char) c);
            } else {
                out.append('=').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static String addressTag(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
