/**
 * Runnable examples of Concordat: {@link org.concordat.examples.OutboxExample} binds the facade to
 * a backend written here, {@link org.concordat.examples.OutboxNotifier}, found through {@link
 * java.util.ServiceLoader}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.examples;
