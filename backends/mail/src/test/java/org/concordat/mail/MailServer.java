package org.concordat.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP and SMTPS server (GreenMail) on 127.0.0.1, on ports the system picks, whose TLS
 * certificate is made for this test run by the JDK's keytool, valid for 127.0.0.1, so the notifier
 * checks it as it would check a real relay's.
 */
final class MailServer implements AutoCloseable {
    /** The login and the password the tests' build puts in CONCORDAT_TEST_SMTP_PASSWORD. */
    static final String LOGIN = "concordat";

    static final String PASSWORD_ENV = "CONCORDAT_TEST_SMTP_PASSWORD";

    private static final String STORE_PASSWORD = "changeit";
    private static Path certificate;

    final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** SMTP and SMTPS, accepting any login. */
    static MailServer start() {
        return start(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** SMTP and SMTPS, requiring {@link #LOGIN} with the password from {@link #PASSWORD_ENV}. */
    static MailServer startWithLogin() {
        return start(GreenMailConfiguration.aConfig().withUser(LOGIN, System.getenv(PASSWORD_ENV)));
    }

    private static MailServer start(GreenMailConfiguration configuration) {
        certificate();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort()
                })
                .withConfiguration(configuration);
        greenMail.start();
        return new MailServer(greenMail);
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int smtpsPort() {
        return greenMail.getSmtps().getPort();
    }

    /** Configuration for the plain SMTP port, which only a loopback host may use. */
    Map<String, String> plainConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("concordat.notifier", "smtp");
        config.put(SmtpNotifierProvider.HOST, "127.0.0.1");
        config.put(SmtpNotifierProvider.PORT, Integer.toString(smtpPort()));
        config.put(SmtpNotifierProvider.SECURITY, "none");
        config.put(SmtpNotifierProvider.FROM, "Partnerships <partnerships@trust.example>");
        config.put(SmtpNotifierProvider.TIMEOUT, "PT5S");
        return config;
    }

    /** Configuration for the SMTPS port, trusting this run's certificate. */
    Map<String, String> tlsConfig() {
        Map<String, String> config = plainConfig();
        config.put(SmtpNotifierProvider.PORT, Integer.toString(smtpsPort()));
        config.put(SmtpNotifierProvider.SECURITY, "smtps");
        config.put(SmtpNotifierProvider.TRUST_CERTIFICATE, certificate().toString());
        return config;
    }

    /** Every message received since start or {@link #clear()}, in arrival order. */
    List<MimeMessage> received() {
        return new ArrayList<>(List.of(greenMail.getReceivedMessages()));
    }

    void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /**
     * The certificate (PEM) GreenMail's SMTPS serves, made once per JVM: GreenMail reads its key
     * store once, from the system properties set here.
     */
    static synchronized Path certificate() {
        if (certificate != null) {
            return certificate;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-tls"));
            Path store = dir.resolve("server-" + ProcessHandle.current().pid() + ".p12");
            Path pem = dir.resolve("server-" + ProcessHandle.current().pid() + ".pem");
            Files.deleteIfExists(store);
            Files.deleteIfExists(pem);
            String keytool =
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(
                    keytool,
                    "-genkeypair",
                    "-alias",
                    "greenmail",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-dname",
                    "CN=127.0.0.1",
                    "-ext",
                    "SAN=IP:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    STORE_PASSWORD,
                    "-keypass",
                    STORE_PASSWORD);
            run(
                    keytool,
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    "greenmail",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    STORE_PASSWORD,
                    "-file",
                    pem.toString());
            System.setProperty(
                    "greenmail.tls.keystore.file", store.toAbsolutePath().toString());
            System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
            System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
            certificate = pem.toAbsolutePath();
            return certificate;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.Charset.defaultCharset());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
