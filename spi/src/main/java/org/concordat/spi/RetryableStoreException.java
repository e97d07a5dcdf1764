package org.concordat.spi;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A storage failure that did not change the store and may well succeed if the same operation is
 * simply tried again: a deadlock, a lock or statement timeout, a serialisation failure. It is an
 * {@link UncheckedIOException}, the SPI's type for storage failures, so code that handles those
 * needs nothing more; code that retries catches this type (and, for an append, retries with the
 * same expected version, since nothing was written).
 *
 * <p>The message names the store and what failed, never a payload.
 */
public class RetryableStoreException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /**
     * A retryable failure.
     *
     * @param message what failed and where, one line, without personal data
     * @param cause the storage's own exception
     */
    public RetryableStoreException(String message, Throwable cause) {
        super(message, cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause));
    }
}
