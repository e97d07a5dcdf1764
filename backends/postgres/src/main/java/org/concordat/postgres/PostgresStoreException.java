package org.concordat.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A PostgreSQL record store could not be opened or used: the server could not be reached, refused
 * the credentials, holds a schema of another version, or lost the connection mid-operation. The
 * message is one line naming the server ({@link #server()}, {@code host:port/database}) and the
 * reason; it never holds a password, a payload or a server's row detail.
 *
 * <p>It is an {@link UncheckedIOException}, as the SPI promises for storage failures, so callers
 * that handle those need nothing more; callers that want to react to the cause switch on {@link
 * #reason()} rather than reading the message.
 */
public final class PostgresStoreException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /** Why the store failed. */
    public enum Reason {
        /** No server answered at the address (refused, unknown host, timed out). */
        UNREACHABLE,
        /** The server refused the user name or password (SQLSTATE class 28). */
        AUTHENTICATION,
        /** The database named in the URL does not exist (SQLSTATE 3D000). */
        DATABASE_MISSING,
        /**
         * The schema is missing (with {@code postgres.migrate=false}), older, newer or changed compared
         * with the migrations this version of Concordat ships.
         */
        SCHEMA_VERSION,
        /** An established connection was closed or terminated during an operation. */
        CONNECTION_LOST,
        /** Any other failure reported by the server or the driver. */
        STORAGE
    }

    private final String server;
    private final Reason reason;

    /**
     * A failure at {@code server} for {@code reason}.
     *
     * @param server {@code host:port/database}, or a description when unknown
     * @param reason why
     * @param message what happened, one line, without secrets
     * @param cause the driver's exception, if any
     */
    public PostgresStoreException(String server, Reason reason, String message, Throwable cause) {
        super(
                "PostgreSQL at " + Objects.requireNonNull(server, "server") + ": "
                        + Objects.requireNonNull(message, "message"),
                new IOException(reason + ": " + message, cause));
        this.server = server;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The server, as {@code host:port/database} (several hosts are separated by commas). */
    public String server() {
        return server;
    }

    /** Why the store failed. */
    public Reason reason() {
        return reason;
    }
}
