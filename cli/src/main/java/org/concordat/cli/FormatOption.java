package org.concordat.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, shared as a picocli mixin by the commands that print either lines
 * for people or the JSON documented in docs/cli.md. ({@code report} and {@code store show} choose
 * among other formats and keep their own option.)
 */
final class FormatOption {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json; default: ${DEFAULT-VALUE}.")
    TextOrJson format = TextOrJson.TEXT;

    /** Whether JSON was asked for. */
    boolean json() {
        return format == TextOrJson.JSON;
    }
}
