package org.concordat.internal.notify;

import java.util.Objects;
import java.util.TreeSet;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that writes one line per notification to the SLF4J logger {@value
 * #LOGGER_NAME} at INFO, e.g.
 *
 * <pre>
 * notification event=agreement.awaiting-approval id=n-3f0c… partnership=P-1 recipients=3 roles=[champion, headteacher] links=1 subject="MOU v2 awaiting approval"
 * </pre>
 *
 * <p>Logs are kept longer and read by more people than mailboxes, so the line holds only what an
 * operator needs to see that a notice went out: the event type, the notification's id (which the
 * outbox and receivers de-duplicate by; it holds no personal data), the partnership id, how many
 * recipients and in which roles, how many links and (unless turned off) the subject. It never logs
 * recipients' names or addresses, the bodies or the link targets, which may carry personal data.
 * Subjects are written by Concordat's builders without personal names; an adopter whose subjects
 * may hold them should set {@code log.subject=false}. Every logged text has control characters
 * escaped, so a hostile subject cannot forge extra log lines.
 */
public final class LogNotifier implements Notifier {
    /** The logger's name. */
    public static final String LOGGER_NAME = "org.concordat.notification";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final boolean logSubject;
    private volatile boolean closed;

    /**
     * A notifier that logs.
     *
     * @param logSubject whether the subject is logged
     */
    public LogNotifier(boolean logSubject) {
        this.logSubject = logSubject;
    }

    /**
     * Logs the notification.
     *
     * @throws IllegalStateException when closed
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (closed) {
            throw new IllegalStateException("log notifier is closed");
        }
        if (LOG.isInfoEnabled()) {
            LOG.info(line(notification));
        }
    }

    /** The line logged for a notification; see the class description. */
    String line(Notification n) {
        TreeSet<String> roles = new TreeSet<>();
        for (Recipient r : n.recipients()) {
            roles.add(escape(r.role()));
        }
        StringBuilder line = new StringBuilder("notification event=")
                .append(n.eventType())
                .append(" id=")
                .append(n.id())
                .append(" partnership=")
                .append(escape(n.partnershipId()))
                .append(" recipients=")
                .append(n.recipients().size())
                .append(" roles=")
                .append(roles)
                .append(" links=")
                .append(n.links().size());
        if (logSubject) {
            line.append(" subject=\"").append(escape(n.subject())).append('"');
        }
        return line.toString();
    }

    @Override
    public void close() {
        closed = true;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
