/**
 * Runnable examples of Concordat. One program per plan in examples/plans/, each modelled on a real
 * kind of school partnership and described in examples/README.md (run one with {@code ./mvnw -q
 * -pl examples -am compile exec:java
 * -Dexec.mainClass=org.concordat.examples.DesignTechnologyPartnership}); and {@link
 * org.concordat.examples.FacadeExample}, which binds the facade to a backend written here, {@link
 * org.concordat.examples.outbox.OutboxNotifier}, found through {@link java.util.ServiceLoader}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.examples;
