package org.concordat.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.concordat.webhook.internal.WebhookSettings;
import org.junit.jupiter.api.Test;

/** The {@code webhook.*} keys: defaults, and refusals that name the key and never the secret. */
class WebhookSettingsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Map<String, String> ENV = Map.of("HOOK_SECRET", SECRET, "SHORT_SECRET", "whsec_c2hvcnQ=");

    private static Map<String, String> minimal() {
        Map<String, String> config = new HashMap<>();
        config.put("webhook.url", "https://mis.example/hooks/concordat");
        config.put("webhook.secret-env", "HOOK_SECRET");
        return config;
    }

    private static WebhookSettings read(Map<String, String> config) {
        return WebhookSettings.from(config, ENV::get);
    }

    @Test
    void defaults_are_15_seconds_3_attempts_1_second_backoff_and_roles_only() {
        WebhookSettings s = read(minimal());
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.backoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.contacts()).isFalse();
        assertThat(s.toString()).doesNotContain("MfKQ").contains("(from HOOK_SECRET)");
    }

    @Test
    void http_is_refused_unless_the_host_is_loopback() {
        Map<String, String> config = minimal();
        config.put("webhook.url", "http://mis.example/hooks?token=abc");
        assertThatThrownBy(() -> read(config))
                .hasMessage("webhook.url \"http://mis.example/hooks?…\": http is allowed only to a loopback address;"
                        + " use https");
        config.put("webhook.url", "http://127.0.0.1:8080/hooks");
        assertThat(read(config).url().getPort()).isEqualTo(8080);
        config.put("webhook.url", "http://localhost:8080/hooks");
        assertThat(read(config).url().getHost()).isEqualTo("localhost");
        config.put("webhook.url", "ftp://mis.example/hooks");
        assertThatThrownBy(() -> read(config)).hasMessageContaining("must be an absolute https URL");
        config.put("webhook.url", "https://user:pw@mis.example/hooks");
        assertThatThrownBy(() -> read(config))
                .hasMessageContaining("must not carry a user or password")
                .hasMessageNotContaining("pw");
    }

    @Test
    void the_secret_comes_from_the_named_variable_only() {
        Map<String, String> inline = minimal();
        inline.put("webhook.secret", SECRET);
        assertThatThrownBy(() -> read(inline))
                .hasMessageStartingWith("webhook.secret: a secret is never accepted in the configuration")
                .hasMessageNotContaining("MfKQ");
        Map<String, String> unset = minimal();
        unset.put("webhook.secret-env", "NOT_SET_ANYWHERE");
        assertThatThrownBy(() -> read(unset))
                .hasMessage("webhook.secret-env \"NOT_SET_ANYWHERE\": no environment variable of that name is set");
        Map<String, String> secretAsName = minimal();
        secretAsName.put("webhook.secret-env", SECRET);
        assertThatThrownBy(() -> read(secretAsName))
                .hasMessageContaining("must be the name of an environment variable")
                .hasMessageNotContaining("MfKQ");
        Map<String, String> shortSecret = minimal();
        shortSecret.put("webhook.secret-env", "SHORT_SECRET");
        assertThatThrownBy(() -> read(shortSecret))
                .hasMessageStartingWith(
                        "webhook.secret-env \"SHORT_SECRET\": the variable's value is not a valid secret")
                .hasMessageNotContaining("c2hvcnQ");
        Map<String, String> none = minimal();
        none.remove("webhook.secret-env");
        assertThatThrownBy(() -> read(none)).hasMessageStartingWith("webhook.secret-env \"\": must name");
    }

    @Test
    void malformed_numbers_and_choices_are_named() {
        Map<String, String> config = minimal();
        config.put("webhook.attempts", "0");
        assertThatThrownBy(() -> read(config))
                .hasMessage("webhook.attempts \"0\": must be a whole number from 1 to 10");
        config.put("webhook.attempts", "5");
        config.put("webhook.timeout", "PT0S");
        assertThatThrownBy(() -> read(config)).hasMessageStartingWith("webhook.timeout \"PT0S\": must be");
        config.put("webhook.timeout", "20");
        assertThat(read(config).timeout()).isEqualTo(Duration.ofSeconds(20));
        config.put("webhook.recipients", "everything");
        assertThatThrownBy(() -> read(config))
                .hasMessageStartingWith("webhook.recipients \"everything\": must be roles");
        config.put("webhook.recipients", "contacts");
        assertThat(read(config).contacts()).isTrue();
    }
}
