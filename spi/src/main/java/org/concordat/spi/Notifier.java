package org.concordat.spi;

/**
 * Delivers {@link Notification}s: by mail, to a chat channel, to a log. Must be safe for use by
 * many threads at once.
 *
 * <p>{@link #send} returns when the notifier has accepted the message (sent it, queued it durably,
 * or logged it). A failure to deliver is a {@link DeliveryException} saying whether it is permanent
 * or temporary (and how long to wait, when the destination said); an {@link
 * java.io.UncheckedIOException} counts as temporary. The caller decides whether to retry, and may
 * send the same notification again after a failure or a crash: a notifier passes {@link
 * Notification#id()} on to the destination so receivers can drop a second copy. Run the testkit's
 * {@code NotifierContract} to prove an implementation keeps these promises.
 */
public interface Notifier extends AutoCloseable {
    /**
     * Sends one notification to all its recipients.
     *
     * @throws DeliveryException when the message could not be delivered, saying whether to retry
     * @throws java.io.UncheckedIOException when the message could not be accepted for delivery
     *     (treated as temporary)
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
