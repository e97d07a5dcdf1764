/**
 * Framework-neutral test support for Concordat adopters: seeded, reproducible valid plans of any
 * {@link org.concordat.testkit.PlanShape} ({@link org.concordat.testkit.PlanSamples}), {@link
 * org.concordat.testkit.Breaker}s that break a plan in one stated way, report documents for
 * renderer tests, and a {@link org.concordat.testkit.Choices} seam through which any
 * property-testing library can drive them. No property-testing library is a dependency: the
 * QuickTheories generators live in {@code concordat-testkit-quicktheories}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit;
