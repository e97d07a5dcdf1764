package org.concordat.postgres.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code postgres.*} configuration, checked. A password is never read from the configuration
 * itself, only from the environment variable that {@code postgres.password-env} names, and no
 * message here ever repeats a password.
 *
 * @param url the JDBC URL, checked to hold no password
 * @param user the role to connect as, if given
 * @param password the password read from the named environment variable, if one was named
 * @param schema the schema holding the store's tables
 * @param migrate whether to create or upgrade the schema on open
 * @param poolSize the connection pool's maximum size
 */
public record Settings(
        String url, Optional<String> user, Optional<String> password, String schema, boolean migrate, int poolSize) {
    /** Configuration key: the JDBC URL, {@code jdbc:postgresql://host:port/database}. */
    public static final String URL = "postgres.url";

    /** Configuration key: the user (role) to connect as. */
    public static final String USER = "postgres.user";

    /** Configuration key: the name of the environment variable holding the password. */
    public static final String PASSWORD_ENV = "postgres.password-env";

    /** Configuration key: the schema of the store's tables (default {@value #DEFAULT_SCHEMA}). */
    public static final String SCHEMA = "postgres.schema";

    /** Configuration key: {@code true} (default) to create or upgrade the schema on open. */
    public static final String MIGRATE = "postgres.migrate";

    /** Configuration key: the most connections the store's pool opens (default 10). */
    public static final String POOL_SIZE = "postgres.pool-size";

    /** The schema used when {@value #SCHEMA} is not set. */
    public static final String DEFAULT_SCHEMA = "concordat";

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");

    /** Reads the keys for the by-URL path; {@code env} looks up environment variables. */
    public static Settings from(Map<String, String> config, Function<String, String> env) {
        if (config.containsKey("postgres.password")) {
            throw new IllegalArgumentException("postgres.password: a password is never accepted in the"
                    + " configuration; put it in an environment variable and name that variable with "
                    + PASSWORD_ENV);
        }
        String url = config.get(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    URL + " \"\": must be set to a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/concordat");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL + " \"" + Servers.withoutQuery(url)
                    + "\": must start with jdbc:postgresql: (e.g. jdbc:postgresql://127.0.0.1:5432/concordat)");
        }
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException(
                    URL + " \"" + Servers.withoutQuery(url) + "\": is not a PostgreSQL JDBC URL the driver can read");
        }
        if (parsed.getProperty("password") != null) {
            throw new IllegalArgumentException(URL + " \"" + Servers.withoutQuery(url)
                    + "?…\": must not carry a password; name an environment variable holding it with "
                    + PASSWORD_ENV);
        }
        Optional<String> user = Optional.ofNullable(config.get(USER)).filter(u -> !u.isBlank());
        Optional<String> password = Optional.empty();
        String envName = config.get(PASSWORD_ENV);
        if (envName != null) {
            if (!ENV_NAME.matcher(envName).matches()) {
                // Not repeated: it may be the password itself, pasted in the wrong place.
                throw new IllegalArgumentException(PASSWORD_ENV + " (" + envName.length() + " characters)"
                        + ": must be the name of an environment variable (letters, digits and _),"
                        + " not the password itself");
            }
            String value = env.apply(envName);
            if (value == null) {
                throw new IllegalArgumentException(
                        PASSWORD_ENV + " \"" + envName + "\": no environment variable of that name is set");
            }
            password = Optional.of(value);
        }
        return new Settings(url, user, password, schema(config), migrate(config), poolSize(config));
    }

    /** The schema named by {@value #SCHEMA}, checked, or {@value #DEFAULT_SCHEMA}. */
    public static String schema(Map<String, String> config) {
        String schema = config.getOrDefault(SCHEMA, DEFAULT_SCHEMA);
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException(SCHEMA + " \"" + schema
                    + "\": must be a lowercase letter or _ then up to 62 lowercase letters, digits or _");
        }
        return schema;
    }

    /** Whether {@value #MIGRATE} asks for migrations (default {@code true}). */
    public static boolean migrate(Map<String, String> config) {
        String value = config.getOrDefault(MIGRATE, "true");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(MIGRATE + " \"" + value + "\": must be true or false");
        };
    }

    private static int poolSize(Map<String, String> config) {
        String value = config.getOrDefault(POOL_SIZE, "10");
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(POOL_SIZE + " \"" + value + "\": must be a whole number from 1 to 1000");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "Settings[url=" + Servers.withoutQuery(url) + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "(from the environment)" : "(none)") + ", schema=" + schema + ", migrate="
                + migrate + ", poolSize=" + poolSize + "]";
    }
}
