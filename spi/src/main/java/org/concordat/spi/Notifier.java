package org.concordat.spi;

/**
 * Delivers {@link Notification}s: by mail, to a chat channel, to a log. Must be safe for use by
 * many threads at once.
 *
 * <p>Delivery is at most once from Concordat's side: {@link #send} returns when the notifier has
 * accepted the message (sent it, queued it durably, or logged it). Failures to deliver are
 * reported as {@link java.io.UncheckedIOException}; the caller decides whether to retry. Run the
 * testkit's {@code NotifierContract} to prove an implementation keeps these promises.
 */
public interface Notifier extends AutoCloseable {
    /**
     * Sends one notification to all its recipients.
     *
     * @throws java.io.UncheckedIOException when the message could not be accepted for delivery
     * @throws IllegalStateException when the notifier is closed
     */
    void send(Notification notification);

    /**
     * Releases connections or threads the notifier holds; calling it again does nothing. The
     * default holds nothing and does nothing.
     */
    @Override
    default void close() {}
}
