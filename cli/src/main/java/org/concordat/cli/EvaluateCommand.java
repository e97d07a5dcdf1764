package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code concordat evaluate}: not wired yet. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Not available yet.")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new InputException("evaluate: not available yet");
    }
}
