package org.concordat.webhook.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.concordat.webhook.WebhookSignature;

/**
 * The {@code webhook.*} configuration, checked. The secret is never read from the configuration
 * itself, only from the environment variable {@code webhook.secret-env} names, and no message here
 * repeats it.
 *
 * @param url the endpoint: https, or http to a loopback address
 * @param signature the signer made from the secret
 * @param secretEnv the name of the variable holding the secret, for messages
 * @param timeout the limit on connecting and on each attempt's whole exchange
 * @param attempts how many attempts one send makes at most, 1 to 10
 * @param backoff the wait before the second attempt; it doubles for each further one
 * @param contacts whether the body carries recipients' names and addresses, not only their roles
 */
public record WebhookSettings(
        URI url,
        WebhookSignature signature,
        String secretEnv,
        Duration timeout,
        int attempts,
        Duration backoff,
        boolean contacts) {
    /** Configuration key: the endpoint URL. */
    public static final String URL = "webhook.url";

    /** Configuration key: the name of the environment variable holding the {@code whsec_} secret. */
    public static final String SECRET_ENV = "webhook.secret-env";

    /** Configuration key: the timeout of each attempt (default 15 seconds). */
    public static final String TIMEOUT = "webhook.timeout";

    /** Configuration key: the most attempts one send makes (default 3). */
    public static final String ATTEMPTS = "webhook.attempts";

    /** Configuration key: the first wait between attempts (default 1 second), doubling after. */
    public static final String BACKOFF = "webhook.backoff";

    /** Configuration key: {@code roles} (default) or {@code contacts}. */
    public static final String RECIPIENTS = "webhook.recipients";

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");

    /**
     * Reads and checks the keys; {@code env} looks up environment variables.
     *
     * @throws IllegalArgumentException naming the key when one is missing or malformed, a secret is
     *     given in the configuration, or the named variable is unset or holds no valid secret
     */
    public static WebhookSettings from(Map<String, String> config, Function<String, String> env) {
        if (config.containsKey("webhook.secret")) {
            throw new IllegalArgumentException("webhook.secret: a secret is never accepted in the configuration;"
                    + " put it in an environment variable and name that variable with " + SECRET_ENV);
        }
        URI url = url(config.get(URL));
        String envName = config.get(SECRET_ENV);
        if (envName == null || envName.isBlank()) {
            throw new IllegalArgumentException(
                    SECRET_ENV + " \"\": must name the environment variable holding the endpoint's whsec_ secret");
        }
        if (envName.startsWith("whsec_") || !ENV_NAME.matcher(envName).matches()) {
            // Not repeated: it may be the secret itself, pasted in the wrong place.
            throw new IllegalArgumentException(SECRET_ENV + " (" + envName.length()
                    + " characters): must be the name of an environment variable (letters, digits and _), not the"
                    + " secret itself");
        }
        String secret = env.apply(envName);
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException(
                    SECRET_ENV + " \"" + envName + "\": no environment variable of that name is set");
        }
        WebhookSignature signature;
        try {
            signature = WebhookSignature.of(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    SECRET_ENV + " \"" + envName + "\": the variable's value is not a valid secret: " + e.getMessage());
        }
        Duration timeout = duration(TIMEOUT, config.get(TIMEOUT), Duration.ofSeconds(15), Duration.ofMinutes(2));
        Duration backoff = duration(BACKOFF, config.get(BACKOFF), Duration.ofSeconds(1), Duration.ofMinutes(1));
        return new WebhookSettings(
                url, signature, envName, timeout, attempts(config.get(ATTEMPTS)), backoff, contacts(config));
    }

    private static URI url(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    URL + " \"\": must be set to the endpoint, e.g. https://mis.example/hooks");
        }
        URI url;
        try {
            url = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(URL + " \"" + printable(value) + "\": is not a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(
                    URL + " \"" + shown(url) + "\": must be an absolute https URL with a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(URL + " \"" + scheme + "://…@" + url.getHost()
                    + "\": must not carry a user or password; the request is signed instead");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException(
                    URL + " \"" + shown(url) + "\": http is allowed only to a loopback address; use https");
        }
        return url;
    }

    private static int attempts(String value) {
        if (value == null || value.isBlank()) {
            return 3;
        }
        try {
            int attempts = Integer.parseInt(value.strip());
            if (attempts >= 1 && attempts <= 10) {
                return attempts;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                ATTEMPTS + " \"" + printable(value) + "\": must be a whole number from 1 to 10");
    }

    private static boolean contacts(Map<String, String> config) {
        String value = config.getOrDefault(RECIPIENTS, "roles");
        return switch (value) {
            case "roles" -> false;
            case "contacts" -> true;
            default ->
                throw new IllegalArgumentException(
                        RECIPIENTS + " \"" + printable(value)
                                + "\": must be roles (the default: recipients' roles only) or contacts (also names and addresses)");
        };
    }

    /** Whole seconds ({@code 15}) or an ISO-8601 duration ({@code PT0.5S}). */
    static Duration duration(String key, String value, Duration otherwise, Duration max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        Duration d;
        try {
            d = value.strip().matches("[0-9]{1,6}")
                    ? Duration.ofSeconds(Long.parseLong(value.strip()))
                    : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            d = Duration.ZERO;
        }
        if (d.toMillis() < 1 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + " \"" + printable(value)
                    + "\": must be whole seconds (e.g. 15) or an ISO-8601 duration (e.g. PT0.5S), above zero and at most "
                    + max.toSeconds() + " seconds");
        }
        return d;
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The URL without query or fragment, which may carry a token. */
    static String shown(URI url) {
        return printable((url.getScheme() == null ? "" : url.getScheme() + "://")
                + (url.getRawAuthority() == null ? "" : url.getRawAuthority().replaceFirst("^.*@", "…@"))
                + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?…"));
    }

    private static String printable(String value) {
        String shown = value.length() > 120 ? value.substring(0, 120) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** The endpoint for messages: no query, no user information. */
    public String endpoint() {
        return shown(url);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WebhookSettings[url=" + endpoint() + ", secret=(from " + secretEnv + "), timeout=" + timeout
                + ", attempts=" + attempts + ", backoff=" + backoff + ", recipients="
                + (contacts ? "contacts" : "roles") + "]";
    }
}
