package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The shaded concordat.jar bundles the mail and webhook notifiers: loaded on their own (nothing
 * from the test class path), the jar's merged service files offer {@code smtp} and {@code webhook}
 * beside the embedded {@code log}, which stays the choice when no notifier is named, and Jakarta
 * Mail inside the jar still finds Angus Mail's SMTP transports.
 */
class BundledNotifiersIT {
    private static URLClassLoader jarOnly() throws Exception {
        return new URLClassLoader(new URL[] {Jar.jar().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void the_jar_offers_smtp_and_webhook_beside_log_which_stays_the_default() throws Exception {
        try (URLClassLoader jar = jarOnly()) {
            Class<?> providerType = jar.loadClass("org.concordat.spi.NotifierProvider");
            List<String> names = new ArrayList<>();
            for (Object provider : ServiceLoader.load(providerType, jar)) {
                names.add((String) providerType.getMethod("name").invoke(provider));
            }
            assertThat(names).contains("log", "smtp", "webhook");

            Class<?> providers = jar.loadClass("org.concordat.spi.Providers");
            Thread.currentThread().setContextClassLoader(jar);
            Object chosen = providers.getMethod("notifierProvider", Map.class).invoke(null, Map.of());
            assertThat(providerType.getMethod("name").invoke(chosen)).isEqualTo("log");
        } finally {
            Thread.currentThread().setContextClassLoader(BundledNotifiersIT.class.getClassLoader());
        }
    }

    @Test
    void jakarta_mail_in_the_jar_finds_angus_smtp_transports() throws Exception {
        try (URLClassLoader jar = jarOnly()) {
            // Jakarta Mail finds its providers through the context class loader.
            Thread.currentThread().setContextClassLoader(jar);
            Class<?> session = jar.loadClass("jakarta.mail.Session");
            Object mail = session.getMethod("getInstance", Properties.class).invoke(null, new Properties());
            Object smtp = session.getMethod("getTransport", String.class).invoke(mail, "smtp");
            Object smtps = session.getMethod("getTransport", String.class).invoke(mail, "smtps");
            assertThat(smtp.getClass().getName()).isEqualTo("org.eclipse.angus.mail.smtp.SMTPTransport");
            assertThat(smtps.getClass().getName()).isEqualTo("org.eclipse.angus.mail.smtp.SMTPSSLTransport");
        } finally {
            Thread.currentThread().setContextClassLoader(BundledNotifiersIT.class.getClassLoader());
        }
    }
}
