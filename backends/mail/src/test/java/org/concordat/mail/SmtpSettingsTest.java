package org.concordat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.concordat.mail.internal.SmtpSettings;
import org.junit.jupiter.api.Test;

/** The {@code smtp.*} keys: defaults, and refusals that name the key and never a password. */
class SmtpSettingsTest {
    private static final Map<String, String> ENV = Map.of("MAIL_PASSWORD", "s3cret-Pa55");

    private static Map<String, String> minimal() {
        Map<String, String> config = new HashMap<>();
        config.put("smtp.host", "smtp.trust.example");
        config.put("smtp.from", "partnerships@trust.example");
        return config;
    }

    private static SmtpSettings read(Map<String, String> config) {
        return SmtpSettings.from(config, ENV::get);
    }

    @Test
    void starttls_on_587_with_a_30_second_timeout_is_the_default() {
        SmtpSettings s = read(minimal());
        assertThat(s.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.user()).isEmpty();
        assertThat(s.password()).isEmpty();
    }

    @Test
    void smtps_defaults_to_465_and_a_given_port_and_timeout_are_kept() {
        Map<String, String> config = minimal();
        config.put("smtp.security", "smtps");
        assertThat(read(config).port()).isEqualTo(465);
        config.put("smtp.port", "2465");
        config.put("smtp.timeout", "PT2.5S");
        assertThat(read(config).port()).isEqualTo(2465);
        assertThat(read(config).timeout()).isEqualTo(Duration.ofMillis(2500));
        config.put("smtp.timeout", "12");
        assertThat(read(config).timeout()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void none_is_refused_towards_a_host_that_is_not_loopback() {
        Map<String, String> config = minimal();
        config.put("smtp.security", "none");
        assertThatThrownBy(() -> read(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("smtp.security \"none\": allowed only towards a loopback address, and smtp.host"
                        + " \"smtp.trust.example\" is not one; use starttls or smtps");
        config.put("smtp.host", "127.0.0.1");
        assertThat(read(config).port()).isEqualTo(25);
        config.put("smtp.host", "localhost");
        assertThat(read(config).security()).isEqualTo(SmtpSettings.Security.NONE);
    }

    @Test
    void the_password_comes_from_the_named_variable_and_never_shows() {
        Map<String, String> config = minimal();
        config.put("smtp.user", "mailer");
        config.put("smtp.password-env", "MAIL_PASSWORD");
        SmtpSettings s = read(config);
        assertThat(s.password()).contains("s3cret-Pa55");
        assertThat(s.toString()).doesNotContain("s3cret").contains("(from MAIL_PASSWORD)");
    }

    @Test
    void an_unset_variable_is_named_in_the_refusal() {
        Map<String, String> config = minimal();
        config.put("smtp.user", "mailer");
        config.put("smtp.password-env", "NOT_SET_ANYWHERE");
        assertThatThrownBy(() -> read(config))
                .hasMessage("smtp.password-env \"NOT_SET_ANYWHERE\": no environment variable of that name is set");
    }

    @Test
    void a_password_in_the_configuration_is_refused_without_repeating_it() {
        Map<String, String> config = minimal();
        config.put("smtp.password", "hunter2");
        assertThatThrownBy(() -> read(config))
                .hasMessageStartingWith("smtp.password: a password is never accepted in the configuration")
                .hasMessageNotContaining("hunter2");
        Map<String, String> passwordAsName = minimal();
        passwordAsName.put("smtp.password-env", "hunter2 !");
        assertThatThrownBy(() -> read(passwordAsName))
                .hasMessageContaining("must be the name of an environment variable")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void missing_and_malformed_keys_are_named() {
        Map<String, String> noHost = minimal();
        noHost.remove("smtp.host");
        assertThatThrownBy(() -> read(noHost)).hasMessageStartingWith("smtp.host \"\": must be set");
        Map<String, String> noFrom = minimal();
        noFrom.remove("smtp.from");
        assertThatThrownBy(() -> read(noFrom)).hasMessageStartingWith("smtp.from \"\": must be set");
        Map<String, String> badPort = minimal();
        badPort.put("smtp.port", "70000");
        assertThatThrownBy(() -> read(badPort)).hasMessageStartingWith("smtp.port \"70000\": must be a port number");
        Map<String, String> badSecurity = minimal();
        badSecurity.put("smtp.security", "tls");
        assertThatThrownBy(() -> read(badSecurity))
                .hasMessage("smtp.security \"tls\": must be starttls (the default), smtps or none");
        Map<String, String> badTimeout = minimal();
        badTimeout.put("smtp.timeout", "soon");
        assertThatThrownBy(() -> read(badTimeout)).hasMessageStartingWith("smtp.timeout \"soon\": must be");
        Map<String, String> passwordWithoutUser = minimal();
        passwordWithoutUser.put("smtp.password-env", "MAIL_PASSWORD");
        assertThatThrownBy(() -> read(passwordWithoutUser)).hasMessageContaining("needs smtp.user");
    }

    @Test
    void a_malformed_sender_is_refused_when_the_notifier_opens() {
        Map<String, String> config = minimal();
        config.put("smtp.from", "not an address");
        assertThatThrownBy(() -> new SmtpNotifierProvider().open(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("smtp.from \"not an address\": is not a mail address");
    }
}
