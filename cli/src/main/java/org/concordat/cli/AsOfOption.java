package org.concordat.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --as-of DATE}, shared as a picocli mixin by the commands whose answer depends on the day
 * ({@code validate}, {@code evaluate}, {@code report}): today unless given. ({@code notify remind}
 * requires the date and keeps its own option, so that leaving it out is refused, not defaulted.)
 */
final class AsOfOption {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Judge or evaluate as on this date (YYYY-MM-DD); default: today.")
    Optional<LocalDate> date = Optional.empty();

    /** The date given, or today. */
    LocalDate date() {
        return date.orElseGet(LocalDate::now);
    }
}
