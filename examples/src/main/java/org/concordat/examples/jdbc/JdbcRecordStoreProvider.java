package org.concordat.examples.jdbc;

import java.sql.DriverManager;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code jdbc-example} store ({@link JdbcRecordStore}) through {@link
 * java.util.ServiceLoader}: registered in {@code META-INF/services/org.concordat.spi.RecordStoreProvider}
 * for the class path and with {@code provides} in {@code module-info.java} for the module path.
 * Configuration: {@value #URL} (required, a JDBC URL whose driver is on the path, e.g. {@code
 * jdbc:h2:mem:concordat;DB_CLOSE_DELAY=-1}), {@value #USER}, and {@value #PASSWORD_ENV}, the name of
 * the environment variable holding the password (a password is never taken from the configuration
 * itself, nor from the URL).
 *
 * <p>Its priority, -1000, is below the embedded stores', so it is used only when named ({@code
 * concordat.store=jdbc-example}): an example must not take over other programs on this path. A real
 * backend would use 100 and win by default.
 */
public final class JdbcRecordStoreProvider implements RecordStoreProvider {
    /** Configuration key: the JDBC URL. */
    public static final String URL = "jdbc-example.url";

    /** Configuration key: the user to connect as. */
    public static final String USER = "jdbc-example.user";

    /** Configuration key: the name of the environment variable that holds the password. */
    public static final String PASSWORD_ENV = "jdbc-example.password-env";

    /** For {@link java.util.ServiceLoader}. */
    public JdbcRecordStoreProvider() {}

    @Override
    public String name() {
        return "jdbc-example";
    }

    @Override
    public int priority() {
        return -1000;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * Opens the store, creating its tables when they do not exist.
     *
     * @throws IllegalArgumentException when {@value #URL} is missing or carries a password, or the
     *     environment variable named by {@value #PASSWORD_ENV} is not set
     */
    @Override
    public RecordStore open(Map<String, String> config) {
        String url = Optional.ofNullable(config.get(URL))
                .filter(u -> !u.isBlank())
                .orElseThrow(() -> new IllegalArgumentException(URL + " is required: the JDBC URL of the database"));
        if (url.toLowerCase(Locale.ROOT).contains("password")) {
            throw new IllegalArgumentException(
                    URL + ": must not carry a password; name an environment variable in " + PASSWORD_ENV + " instead");
        }
        Optional<String> user = Optional.ofNullable(config.get(USER));
        Optional<String> password = Optional.ofNullable(config.get(PASSWORD_ENV))
                .map(name -> {
                    String value = System.getenv(name);
                    if (value == null) {
                        throw new IllegalArgumentException(
                                PASSWORD_ENV + " \"" + name + "\": no such environment variable");
                    }
                    return value;
                });
        return JdbcRecordStore.open(() -> user.isPresent()
                ? DriverManager.getConnection(url, user.get(), password.orElse(""))
                : DriverManager.getConnection(url));
    }
}
