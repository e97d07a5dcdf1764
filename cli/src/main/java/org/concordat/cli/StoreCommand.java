package org.concordat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code concordat store}: not wired yet. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Not available yet.")
final class StoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new InputException("store: not available yet");
    }
}
