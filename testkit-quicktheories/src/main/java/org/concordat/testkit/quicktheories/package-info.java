/**
 * QuickTheories generators ({@code Gen<T>}) of valid domain values and of valid and broken plans,
 * built on the framework-neutral samplers of {@code org.concordat.testkit}. Domain generators
 * produce only values the domain's factories accept, so a property failing on one is a real
 * finding; plan generators draw each dimension of a plan's shape separately so a failure shrinks
 * one dimension at a time.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.testkit.quicktheories;
