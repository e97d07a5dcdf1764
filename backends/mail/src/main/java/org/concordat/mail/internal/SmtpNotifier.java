package org.concordat.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Recipient;

/**
 * Sends each notification as one mail per recipient over one SMTP connection per {@link #send}:
 * {@code multipart/alternative} with a plain-text and an HTML part, UTF-8 throughout, a
 * Message-ID derived from the notification's id ({@link MailContent#messageId}).
 *
 * <p>Failures: a 5xx reply to the message (sender, recipient or data refused) is permanent; a 4xx
 * reply, a lost connection or a timeout is temporary. A failure to open the channel (connect, TLS,
 * authentication) is temporary too, because it is the same for every message and goes away when
 * the server or the configuration is fixed, and a notification must not be lost meanwhile. When
 * some recipients' copies were sent before a temporary failure, a retry sends them again with the
 * same Message-ID. Messages never carry a recipient's name or address, nor the server's reply text
 * (which often repeats the address): only the reply code, the recipient's position and role.
 */
public final class SmtpNotifier implements Notifier {
    private final SmtpSettings settings;
    private final Session session;
    private final String protocol;
    private final InternetAddress from;
    private final InternetAddress[] replyTo;
    private final Clock clock;
    private volatile boolean closed;

    /**
     * A notifier for these settings.
     *
     * @param tls the socket factory for TLS (a custom trust), or null for the JDK's default
     * @throws IllegalArgumentException when the sender or reply-to address is malformed
     */
    public SmtpNotifier(SmtpSettings settings, SSLSocketFactory tls, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.from = address(SmtpSettings.FROM, settings.from());
        this.replyTo = settings.replyTo()
                .map(r -> new InternetAddress[] {address(SmtpSettings.REPLY_TO, r)})
                .orElse(null);
        this.protocol = settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings, from.getAddress(), protocol, tls));
    }

    private static Properties properties(SmtpSettings s, String envelopeFrom, String protocol, SSLSocketFactory tls) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(s.timeout().toMillis());
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", s.host());
        p.put(prefix + "port", Integer.toString(s.port()));
        p.put(prefix + "connectiontimeout", millis);
        p.put(prefix + "timeout", millis);
        p.put(prefix + "writetimeout", millis);
        // The envelope sender is the bare address; the From header keeps the display name.
        p.put(prefix + "from", envelopeFrom);
        p.put(prefix + "auth", Boolean.toString(s.user().isPresent()));
        p.put("mail.mime.charset", "UTF-8");
        if (s.security() != SmtpSettings.Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
            if (tls != null) {
                p.put(prefix + "ssl.socketFactory", tls);
            }
        }
        if (s.security() == SmtpSettings.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        return p;
    }

    private static InternetAddress address(String key, String value) {
        try {
            return new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(key + " \"" + value + "\": is not a mail address", e);
        }
    }

    /**
     * Sends one copy per recipient.
     *
     * @throws DeliveryException as described on the class
     * @throws IllegalStateException when closed
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (closed) {
            throw new IllegalStateException("smtp notifier is closed");
        }
        List<Recipient> recipients = notification.recipients();
        Transport transport = open(notification);
        List<String> refused = new ArrayList<>();
        boolean anyTemporary = false;
        try {
            for (int i = 0; i < recipients.size(); i++) {
                Recipient to = recipients.get(i);
                String which = "recipient " + (i + 1) + " of " + recipients.size() + " (role " + to.role() + ")";
                MimeMessage message;
                try {
                    message = message(notification, to);
                } catch (AddressException e) {
                    // No cause: its message repeats the address.
                    refused.add(which + ": not a mail address");
                    continue;
                } catch (MessagingException | UnsupportedEncodingException e) {
                    throw DeliveryException.permanent(
                            "notification " + notification.id() + ": could not build the mail for " + which, null);
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    SmtpReplies.Failure failure = SmtpReplies.classify(e);
                    if (failure.replyCode().isEmpty()) {
                        // The connection is gone: the copies not yet sent wait for the next try.
                        throw DeliveryException.temporary(
                                "notification " + notification.id() + ": lost the connection to smtp server "
                                        + settings.server() + " while sending to " + which + "; try again",
                                failure.ioCause().orElse(null));
                    }
                    int code = failure.replyCode().getAsInt();
                    anyTemporary |= code < 500;
                    refused.add(which + ": reply " + code);
                }
            }
        } finally {
            close(transport);
        }
        if (!refused.isEmpty()) {
            String message = "notification " + notification.id() + ": smtp server " + settings.server() + " refused "
                    + refused.size() + " of " + recipients.size() + " copies (" + String.join("; ", refused) + ")";
            throw anyTemporary
                    ? DeliveryException.temporary(message + "; a 4xx reply is temporary, try again", null)
                    : DeliveryException.permanent(message + "; a 5xx reply is permanent, not retried", null);
        }
    }

    private Transport open(Notification notification) {
        Transport transport;
        try {
            transport = session.getTransport(protocol);
        } catch (MessagingException e) {
            throw new IllegalStateException("Jakarta Mail offers no " + protocol + " transport", e);
        }
        String where = "notification " + notification.id() + ": smtp server " + settings.server() + " (security "
                + settings.security().name().toLowerCase(Locale.ROOT) + ")";
        try {
            if (settings.user().isPresent()) {
                transport.connect(
                        settings.host(),
                        settings.port(),
                        settings.user().get(),
                        settings.password().orElse(null));
            } else {
                transport.connect();
            }
            return transport;
        } catch (AuthenticationFailedException e) {
            throw DeliveryException.temporary(
                    where + ": authentication as " + SmtpSettings.USER + " failed; check it and the password in "
                            + settings.passwordEnv().orElse("the environment"),
                    null);
        } catch (MessagingException e) {
            SmtpReplies.Failure failure = SmtpReplies.classify(e);
            if (failure.ioCause().isPresent()) {
                throw DeliveryException.temporary(
                        where + ": could not connect ("
                                + failure.ioCause().get().getClass().getSimpleName() + "); try again",
                        failure.ioCause().get());
            }
            throw DeliveryException.temporary(
                    where + ": could not open a session"
                            + failure.replyCode().stream()
                                    .mapToObj(c -> " (reply " + c + ")")
                                    .findFirst()
                                    .orElse("")
                            + (settings.security() == SmtpSettings.Security.STARTTLS
                                    ? "; STARTTLS is required and the server must offer it"
                                    : "")
                            + "; try again once the server or the configuration is fixed",
                    null);
        }
    }

    private MimeMessage message(Notification n, Recipient to) throws MessagingException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(to.address(), true);
        address.setPersonal(MailContent.unicode(to.name()), StandardCharsets.UTF_8.name());
        MimeMessage message = new IdentifiedMessage(session, MailContent.messageId(n, to));
        message.setFrom(from);
        if (replyTo != null) {
            message.setReplyTo(replyTo);
        }
        message.setRecipient(Message.RecipientType.TO, address);
        message.setSubject(MailContent.unicode(n.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: an automatic message, so auto-responders do not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(MailContent.text(n, to), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailContent.html(n, to), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The messages were sent or the failure already reported; a failed QUIT changes neither.
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "SmtpNotifier[" + settings + "]";
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up on save. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
