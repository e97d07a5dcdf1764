package org.concordat.cli;

import java.util.Optional;
import org.concordat.UpdateRepository;
import org.concordat.calendar.Period;
import org.concordat.monitoring.PeriodLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concordat updates lock|unlock}: closing a reported period to monitoring, and reopening it. */
final class UpdatesLocks {
    private UpdatesLocks() {}

    /** The options both share. */
    abstract static class LockStep extends UpdatesActions.Acting {
        @Option(
                names = "--period",
                paramLabel = "START/END",
                required = true,
                description =
                        "The period, e.g. 2025-09-01/2025-12-31; updates whose period lies within it are covered.")
        String period = "";

        @Option(
                names = "--measure",
                paramLabel = "MEASURE_ID",
                description = "The measure; not given: every measure of the plan.")
        Optional<String> measure = Optional.empty();

        LockStep(Environment env) {
            super(env);
        }

        Period period() {
            return UpdatesActions.option("--period", period, () -> Period.parse(period));
        }

        @Override
        String text(Object result) {
            PeriodLock l = (PeriodLock) result;
            return partnershipId + ": " + l.describe() + (l.locked() ? " locked" : " unlocked") + " by " + person
                    + l.reason().map(r -> ": " + r).orElse("") + "\n";
        }
    }

    /** {@code concordat updates lock ID --as P --period START/END [--measure M] [--reason TEXT]}. */
    @Command(
            name = "lock",
            mixinStandardHelpOptions = true,
            description = {
                "Lock a period (the partnership lead): no update in it can then be added or decided;"
                        + " refused while submitted updates in it await a decision."
            })
    static final class Lock extends LockStep {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, e.g. autumn term reported.")
        Optional<String> reason = Optional.empty();

        Lock(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.lock(partnershipId, person, measure, period(), reason);
        }
    }

    /** {@code concordat updates unlock ID --as P --period START/END [--measure M] --reason TEXT}. */
    @Command(
            name = "unlock",
            mixinStandardHelpOptions = true,
            description = {
                "Unlock a locked period (the partnership lead), with a reason that is recorded and announced."
            })
    static final class Unlock extends LockStep {
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is unlocked.")
        String reason = "";

        Unlock(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.unlock(partnershipId, person, measure, period(), reason);
        }
    }
}
