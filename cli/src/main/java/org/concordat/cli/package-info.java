/**
 * The {@code concordat} command: {@code validate}, {@code report}, {@code evaluate} and {@code
 * store} over partnership plans kept as YAML or JSON files. Exit codes, options and JSON shapes are
 * documented in docs/cli.md; {@link org.concordat.cli.Main} is the entry point.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.cli;
