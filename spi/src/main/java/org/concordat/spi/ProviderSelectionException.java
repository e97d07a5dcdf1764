package org.concordat.spi;

/**
 * Thrown by {@link Providers} when no provider fits, or several fit equally and none was named.
 * The message lists every provider found (name, priority, class) and says how to choose one.
 */
public class ProviderSelectionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public ProviderSelectionException(String message) {
        super(message);
    }

    /** An exception with the given message and cause (e.g. a provider that failed to load). */
    public ProviderSelectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
