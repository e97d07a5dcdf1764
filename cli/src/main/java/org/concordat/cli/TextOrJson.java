package org.concordat.cli;

/** The two output formats of {@code validate} and {@code evaluate}: text for people, JSON for tools. */
enum TextOrJson {
    /** Lines for a person reading a terminal. */
    TEXT,
    /** The JSON shape documented in docs/cli.md, for tools. */
    JSON
}
