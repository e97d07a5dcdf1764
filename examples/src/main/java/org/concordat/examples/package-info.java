/**
 * Runnable programs modelled on real school partnerships, one per plan in examples/plans/; each
 * has a section in examples/README.md. Run one with {@code ./mvnw -q -pl examples -am compile
 * exec:java -Dexec.mainClass=org.concordat.examples.DesignTechnologyPartnership}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.examples;
