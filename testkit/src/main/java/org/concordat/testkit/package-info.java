/**
 * QuickTheories generators ({@link org.quicktheories.core.Gen}) for Concordat's types, so adopters
 * can write property tests against the same values Concordat tests itself with.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit;
