package org.concordat.webhook;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.SpiVersion;
import org.concordat.webhook.internal.Sleeper;
import org.concordat.webhook.internal.WebhookNotifier;
import org.concordat.webhook.internal.WebhookSettings;

/**
 * Provides the {@code webhook} notifier, chosen with {@code concordat.notifier=webhook}: each
 * notification is POSTed as JSON (schema version 1, see docs/backends.md) to one endpoint, signed
 * per the Standard Webhooks specification, so the receiver can check it came from Concordat with
 * {@link WebhookSignature#verify}. Keys:
 *
 * <ul>
 *   <li>{@value #URL}: the endpoint, https (or http only to a loopback address; required);
 *   <li>{@value #SECRET_ENV}: the <em>name</em> of the environment variable holding the {@code
 *       whsec_…} secret shared with the receiver (required; a secret itself is never accepted);
 *   <li>{@value #TIMEOUT}: the limit on connecting and on each attempt, whole seconds or ISO-8601
 *       (default 15 seconds);
 *   <li>{@value #ATTEMPTS}: the most attempts one send makes, 1 to 10 (default 3);
 *   <li>{@value #BACKOFF}: the first wait between attempts, doubling after, with jitter (default 1
 *       second);
 *   <li>{@value #RECIPIENTS}: {@code roles} (default: the body names recipients' roles only) or
 *       {@code contacts} (also their names and addresses, for a receiver that delivers to people).
 * </ul>
 *
 * <p>A 2xx answer is success; 408, 429 (honouring {@code Retry-After}), 5xx, timeouts and failed
 * connections are tried again within the send and then reported as temporary; other answers are
 * permanent. Every attempt carries the same {@code webhook-id}, so the receiver de-duplicates by it.
 *
 * <p>Priority -200, below the embedded log notifier's: it cannot open without {@value #URL} and a
 * secret, so having it on the path must not replace the log when no notifier is named. Name it.
 */
public final class WebhookNotifierProvider implements NotifierProvider {
    /** The provider's name. */
    public static final String NAME = "webhook";

    /** Configuration key: the endpoint URL. */
    public static final String URL = WebhookSettings.URL;

    /** Configuration key: the name of the environment variable holding the secret. */
    public static final String SECRET_ENV = WebhookSettings.SECRET_ENV;

    /** Configuration key: the timeout of each attempt. */
    public static final String TIMEOUT = WebhookSettings.TIMEOUT;

    /** Configuration key: the most attempts one send makes. */
    public static final String ATTEMPTS = WebhookSettings.ATTEMPTS;

    /** Configuration key: the first wait between attempts. */
    public static final String BACKOFF = WebhookSettings.BACKOFF;

    /** Configuration key: {@code roles} or {@code contacts}. */
    public static final String RECIPIENTS = WebhookSettings.RECIPIENTS;

    /** For {@link java.util.ServiceLoader}. */
    public WebhookNotifierProvider() {}

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
     * Opens the notifier. The endpoint is not contacted until the first {@link Notifier#send}.
     *
     * @throws IllegalArgumentException when a key is missing or malformed (naming it, never the
     *     secret), a secret is given in the configuration, or the named environment variable is
     *     unset or holds no valid {@code whsec_} secret
     */
    @Override
    public Notifier open(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        return new WebhookNotifier(
                WebhookSettings.from(config, System::getenv),
                Clock.systemUTC(),
                Sleeper.THREAD,
                () -> ThreadLocalRandom.current().nextDouble());
    }
}
