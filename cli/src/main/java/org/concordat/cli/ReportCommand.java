package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code concordat report}: not wired yet. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new InputException("report: not available yet");
    }
}
