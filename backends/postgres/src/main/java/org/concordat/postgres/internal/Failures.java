package org.concordat.postgres.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.concordat.postgres.PostgresStoreException;
import org.concordat.postgres.PostgresStoreException.Reason;
import org.concordat.spi.RetryableStoreException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns the driver's exceptions into {@link PostgresStoreException}s by their SQLSTATE and cause
 * types, never by parsing their messages. Only the server's primary message is repeated: its
 * detail line can hold a row's values (payloads included), so it is left out.
 */
final class Failures {
    private Failures() {}

    /** A failure to connect while opening the store. */
    static PostgresStoreException connecting(String server, Optional<String> user, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        if (state.startsWith("28")) {
            return new PostgresStoreException(
                    server,
                    Reason.AUTHENTICATION,
                    "the server refused the credentials"
                            + user.map(u -> " of user \"" + u + "\"").orElse("") + " (SQLSTATE " + state + ": "
                            + primary(e) + ")",
                    e);
        }
        if (state.equals("3D000")) {
            return new PostgresStoreException(
                    server, Reason.DATABASE_MISSING, "the database does not exist (" + primary(e) + ")", e);
        }
        Optional<String> network = network(e);
        if (network.isPresent() || state.startsWith("08")) {
            return new PostgresStoreException(
                    server, Reason.UNREACHABLE, "cannot connect: " + network.orElse(primary(e)), e);
        }
        return failed(server, "connecting", e);
    }

    /**
     * SQLSTATEs of failures that changed nothing and may pass when retried as they are: serialization
     * failure, deadlock, lock not available (lock_timeout), query cancelled (statement_timeout).
     */
    static final java.util.Set<String> RETRYABLE = java.util.Set.of("40001", "40P01", "55P03", "57014");

    /**
     * A failure during an operation on an open store: a {@link RetryableStoreException} for the
     * states in {@link #RETRYABLE}, else a {@link PostgresStoreException}.
     */
    static java.io.UncheckedIOException during(String server, String operation, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        if (RETRYABLE.contains(state)) {
            return new RetryableStoreException(
                    "PostgreSQL at " + server + ": " + operation + " failed and may be retried as it is (SQLSTATE "
                            + state + ": " + primary(e) + "); nothing was written",
                    e);
        }
        return failed(server, operation, e);
    }

    /** A failure during an operation, as a {@link PostgresStoreException}. */
    static PostgresStoreException failed(String server, String operation, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new PostgresStoreException(
                    server,
                    Reason.CONNECTION_LOST,
                    operation + " failed: the connection was lost (SQLSTATE " + state + ": " + primary(e)
                            + "); nothing was acknowledged, so reload the latest version before retrying",
                    e);
        }
        if (state.startsWith("28")) {
            return connecting(server, Optional.empty(), e);
        }
        return new PostgresStoreException(
                server,
                Reason.STORAGE,
                operation + " failed (SQLSTATE " + (state.isEmpty() ? "none" : state) + ": " + primary(e) + ")",
                e);
    }

    /** The server's one-line message without its detail, or the driver's message. */
    static String primary(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                return oneLine(server.getMessage());
            }
        }
        Optional<String> network = network(e);
        if (network.isPresent()) {
            return network.get();
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    private static Optional<String> network(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return Optional.of("connection refused");
            }
            if (t instanceof UnknownHostException) {
                return Optional.of("unknown host");
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of("no route to host");
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of("timed out");
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
