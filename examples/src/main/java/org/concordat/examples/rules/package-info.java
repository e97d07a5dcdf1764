/**
 * An example of contributing a rulebook: a trust's own rule beside the built-in ones, offered to
 * {@code Rulebooks.named} through {@link java.util.ServiceLoader}. docs/rules.md walks through it.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.examples.rules;
