/**
 * Test support for Concordat adopters: QuickTheories generators ({@code Gen}) for the domain
 * types, and contract tests that backend authors extend.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit;
