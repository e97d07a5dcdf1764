package org.concordat.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.concordat.mail.internal.SmtpNotifier;
import org.concordat.mail.internal.SmtpSettings;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code smtp} notifier, chosen with {@code concordat.notifier=smtp}: each notification
 * goes as one mail per recipient (no recipient sees another's address), {@code
 * multipart/alternative} with a plain-text and an HTML part, UTF-8 in headers and bodies, the
 * notification's subject as the subject line, and a Message-ID derived from the notification's id
 * so a resent notification can be recognised. Keys:
 *
 * <ul>
 *   <li>{@value #HOST}: the mail server (required);
 *   <li>{@value #SECURITY}: {@code starttls} (default: the server must offer STARTTLS or nothing
 *       is sent), {@code smtps} (TLS from the start), or {@code none}, refused unless {@value
 *       #HOST} is a loopback address;
 *   <li>{@value #PORT}: default 587 for starttls, 465 for smtps, 25 for none;
 *   <li>{@value #USER} and {@value #PASSWORD_ENV}: who logs in, and the <em>name</em> of the
 *       environment variable holding the password (a password itself is never accepted);
 *   <li>{@value #FROM} (required) and {@value #REPLY_TO};
 *   <li>{@value #TIMEOUT}: the limit on connecting and on each read and write, whole seconds or
 *       ISO-8601 (default 30 seconds);
 *   <li>{@value #TRUST_CERTIFICATE}: a PEM or DER certificate file to trust instead of the JDK's
 *       trusted authorities, for a relay with a private certificate authority. The server's name
 *       is checked against its certificate either way.
 * </ul>
 *
 * <p>Priority -200, below the embedded log notifier's: this notifier cannot open without {@value
 * #HOST} and {@value #FROM}, so having it on the path must not replace the log when no notifier
 * is named. Name it.
 */
public final class SmtpNotifierProvider implements NotifierProvider {
    /** The provider's name. */
    public static final String NAME = "smtp";

    /** Configuration key: the server's host name or address. */
    public static final String HOST = SmtpSettings.HOST;

    /** Configuration key: the server's port. */
    public static final String PORT = SmtpSettings.PORT;

    /** Configuration key: {@code starttls}, {@code smtps} or {@code none}. */
    public static final String SECURITY = SmtpSettings.SECURITY;

    /** Configuration key: the user to log in as. */
    public static final String USER = SmtpSettings.USER;

    /** Configuration key: the name of the environment variable holding the password. */
    public static final String PASSWORD_ENV = SmtpSettings.PASSWORD_ENV;

    /** Configuration key: the sender address. */
    public static final String FROM = SmtpSettings.FROM;

    /** Configuration key: the address replies go to. */
    public static final String REPLY_TO = SmtpSettings.REPLY_TO;

    /** Configuration key: the connect, read and write timeout. */
    public static final String TIMEOUT = SmtpSettings.TIMEOUT;

    /** Configuration key: a certificate file to trust for TLS. */
    public static final String TRUST_CERTIFICATE = SmtpSettings.TRUST_CERTIFICATE;

    /** For {@link java.util.ServiceLoader}. */
    public SmtpNotifierProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return -200;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * Opens the notifier. Nothing is sent, and the server is not contacted, until the first {@link
     * Notifier#send}.
     *
     * @throws IllegalArgumentException when a key is missing or malformed (naming it, never a
     *     password), a password is given in the configuration, the named environment variable is
     *     not set, or {@code none} is asked for towards a host that is not a loopback address
     * @throws UncheckedIOException when {@value #TRUST_CERTIFICATE} cannot be read
     */
    @Override
    public Notifier open(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        SmtpSettings settings = SmtpSettings.from(config, System::getenv);
        SSLSocketFactory tls = settings.trustCertificate()
                .map(path -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        return trusting(CertificateFactory.getInstance("X.509").generateCertificate(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(TRUST_CERTIFICATE + " \"" + path + "\": cannot be read", e);
                    } catch (GeneralSecurityException e) {
                        throw new IllegalArgumentException(
                                TRUST_CERTIFICATE + " \"" + path + "\": is not a PEM or DER X.509 certificate", e);
                    }
                })
                .orElse(null);
        return new SmtpNotifier(settings, tls, Clock.systemUTC());
    }

    private static SSLSocketFactory trusting(Certificate certificate) throws GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            trusted.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException("an empty key store always loads", e);
        }
        trusted.setCertificateEntry("smtp-trust", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
