/**
 * Contract tests that every backend runs to prove it keeps the SPI's promises, in the manner of
 * Micrometer's compatibility kit: extend {@link org.concordat.testkit.contract.RecordStoreContract},
 * {@link org.concordat.testkit.contract.NotifierContract} or {@link
 * org.concordat.testkit.contract.ReportRendererContract} in a test class of your own (named
 * {@code *Test} so Surefire runs it), implement the factory method, and JUnit 5 runs every
 * inherited test against your backend.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit.contract;
