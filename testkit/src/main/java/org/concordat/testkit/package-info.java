/**
 * Test support for Concordat adopters: QuickTheories generators ({@code Gen<T>}) of valid domain
 * values, and contract tests that backend authors extend. Domain generators produce only values that
 * the domain's factories accept, so a property failing on one is a real finding.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit;
