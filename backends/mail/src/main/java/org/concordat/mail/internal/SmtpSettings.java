package org.concordat.mail.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code smtp.*} configuration, checked. A password is never read from the configuration itself,
 * only from the environment variable that {@code smtp.password-env} names, and no message here ever
 * repeats a password.
 *
 * @param host the mail server's host name or address
 * @param port its port
 * @param security how the connection is protected
 * @param user the user to authenticate as, if any
 * @param password the password read from the named environment variable, if one was named
 * @param passwordEnv the name of that variable, for messages
 * @param from the sender address (an operator's mailbox, not personal data of a recipient)
 * @param replyTo where replies go, if not to the sender
 * @param timeout the limit on connecting, and on each read and write
 * @param trustCertificate a PEM or DER certificate to trust for TLS instead of the JDK's
 */
public record SmtpSettings(
        String host,
        int port,
        Security security,
        Optional<String> user,
        Optional<String> password,
        Optional<String> passwordEnv,
        String from,
        Optional<String> replyTo,
        Duration timeout,
        Optional<Path> trustCertificate) {
    /** Configuration key: the server's host. */
    public static final String HOST = "smtp.host";

    /** Configuration key: the server's port. */
    public static final String PORT = "smtp.port";

    /** Configuration key: {@code starttls} (default), {@code smtps} or {@code none}. */
    public static final String SECURITY = "smtp.security";

    /** Configuration key: the user to authenticate as. */
    public static final String USER = "smtp.user";

    /** Configuration key: the name of the environment variable holding the password. */
    public static final String PASSWORD_ENV = "smtp.password-env";

    /** Configuration key: the sender address. */
    public static final String FROM = "smtp.from";

    /** Configuration key: the reply-to address. */
    public static final String REPLY_TO = "smtp.reply-to";

    /** Configuration key: the connect, read and write timeout. */
    public static final String TIMEOUT = "smtp.timeout";

    /** Configuration key: a certificate file to trust for TLS. */
    public static final String TRUST_CERTIFICATE = "smtp.trust-certificate";

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which the server must offer (default). */
        STARTTLS(587),
        /** TLS from the first byte ("implicit TLS", port 465). */
        SMTPS(465),
        /** No encryption: allowed only to a loopback address. */
        NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        /** The port used when none is configured. */
        public int defaultPort() {
            return defaultPort;
        }
    }

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,253}");

    /**
     * Reads and checks the keys; {@code env} looks up environment variables.
     *
     * @throws IllegalArgumentException naming the key and value when one is missing or malformed,
     *     a password is given in the configuration, the named variable is not set, or {@code none}
     *     is asked for towards a host that is not a loopback address
     */
    public static SmtpSettings from(Map<String, String> config, Function<String, String> env) {
        if (config.containsKey("smtp.password")) {
            throw new IllegalArgumentException("smtp.password: a password is never accepted in the"
                    + " configuration; put it in an environment variable and name that variable with "
                    + PASSWORD_ENV);
        }
        String host = config.get(HOST);
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(HOST + " \"\": must be set to the mail server's host name");
        }
        if (!HOST_NAME.matcher(host).matches()) {
            throw new IllegalArgumentException(HOST + " \"" + printable(host) + "\": must be a host name or address");
        }
        Security security = security(config.getOrDefault(SECURITY, "starttls"));
        if (security == Security.NONE && !isLoopback(host)) {
            throw new IllegalArgumentException(SECURITY + " \"none\": allowed only towards a loopback address, and "
                    + HOST + " \"" + host + "\" is not one; use starttls or smtps");
        }
        int port = port(config.get(PORT), security);
        Optional<String> user = Optional.ofNullable(config.get(USER)).filter(u -> !u.isBlank());
        Optional<String> envName = Optional.ofNullable(config.get(PASSWORD_ENV));
        Optional<String> password = Optional.empty();
        if (envName.isPresent()) {
            String name = envName.get();
            if (!ENV_NAME.matcher(name).matches()) {
                // Not repeated: it may be the password itself, pasted in the wrong place.
                throw new IllegalArgumentException(PASSWORD_ENV + " (" + name.length()
                        + " characters): must be the name of an environment variable (letters, digits and _),"
                        + " not the password itself");
            }
            String value = env.apply(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(
                        PASSWORD_ENV + " \"" + name + "\": no environment variable of that name is set");
            }
            password = Optional.of(value);
        }
        if (password.isPresent() && user.isEmpty()) {
            throw new IllegalArgumentException(
                    PASSWORD_ENV + " \"" + envName.get() + "\": a password needs " + USER + " to say who logs in");
        }
        String from = config.get(FROM);
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(
                    FROM + " \"\": must be set to the sender address, e.g. partnerships@trust.example");
        }
        Optional<String> replyTo = Optional.ofNullable(config.get(REPLY_TO)).filter(r -> !r.isBlank());
        Optional<Path> trust = Optional.ofNullable(config.get(TRUST_CERTIFICATE))
                .filter(t -> !t.isBlank())
                .map(Path::of);
        return new SmtpSettings(
                host, port, security, user, password, envName, from, replyTo, timeout(config.get(TIMEOUT)), trust);
    }

    private static Security security(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "starttls" -> Security.STARTTLS;
            case "smtps" -> Security.SMTPS;
            case "none" -> Security.NONE;
            default ->
                throw new IllegalArgumentException(
                        SECURITY + " \"" + printable(value) + "\": must be starttls (the default), smtps or none");
        };
    }

    private static int port(String value, Security security) {
        if (value == null || value.isBlank()) {
            return security.defaultPort();
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                PORT + " \"" + printable(value) + "\": must be a port number from 1 to 65535");
    }

    /** Whole seconds ({@code 30}) or an ISO-8601 duration ({@code PT30S}); default 30 seconds. */
    static Duration timeout(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(30);
        }
        Duration timeout;
        try {
            timeout = value.strip().matches("[0-9]{1,6}")
                    ? Duration.ofSeconds(Long.parseLong(value.strip()))
                    : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            timeout = Duration.ZERO;
        }
        if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(TIMEOUT + " \"" + printable(value)
                    + "\": must be whole seconds (e.g. 30) or an ISO-8601 duration (e.g. PT0.5S), above zero and"
                    + " at most 10 minutes");
        }
        return timeout;
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

    private static String printable(String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Where the notifier connects, for messages: host and port, never credentials. */
    public String server() {
        return host + ":" + port;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SmtpSettings[server=" + server() + ", security="
                + security.name().toLowerCase(Locale.ROOT)
                + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "(from " + passwordEnv.orElse("the environment") + ")" : "(none)")
                + ", from=" + from + ", replyTo=" + replyTo.orElse("") + ", timeout=" + timeout + "]";
    }
}
