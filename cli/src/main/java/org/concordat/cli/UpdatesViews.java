package org.concordat.cli;

import java.util.List;
import java.util.Optional;
import org.concordat.UpdateRepository;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concordat updates list|history}: reading the updates and their steps. */
final class UpdatesViews {
    private UpdatesViews() {}

    /** One update's value in a line: measure, institution, period, group, value and n. */
    static String describe(Update u) {
        return u.measureId() + ", " + u.institution().orElse("partnership") + ", "
                + u.value().period() + ", "
                + (u.value().group().isAll() ? "all pupils" : u.value().group().toString()) + ", value "
                + u.value().value().toPlainString() + ", n="
                + u.value().n().map(String::valueOf).orElse("?");
    }

    /** {@code concordat updates list ID [--status S]}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = {"List the partnership's updates in their latest state."})
    static final class ListUpdates extends UpdatesStep {
        @Option(names = "--status", paramLabel = "STATUS", description = "Only updates in this status, e.g. SUBMITTED.")
        Optional<UpdateStatus> status = Optional.empty();

        ListUpdates(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.list(partnershipId).stream()
                    .filter(u -> status.map(s -> s == u.status()).orElse(true))
                    .toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        String text(Object result) {
            List<Update> all = (List<Update>) result;
            StringBuilder out = new StringBuilder(partnershipId + ": " + all.size() + " update"
                    + (all.size() == 1 ? "" : "s") + status.map(s -> " " + s).orElse("") + "\n");
            for (Update u : all) {
                out.append(String.format(
                        "  %-5s %-9s %s; last step by %s%n",
                        u.id(), u.status(), describe(u), u.last().personId()));
            }
            return out.toString();
        }
    }

    /** {@code concordat updates history ID UPDATE}. */
    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = {"Every step of one update, oldest first: who, when, from, to and why."})
    static final class History extends UpdatesStep {
        @Parameters(index = "1", paramLabel = "UPDATE", description = "The update's id, e.g. U3.")
        String update = "";

        History(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.history(partnershipId, update);
        }

        @Override
        @SuppressWarnings("unchecked")
        String text(Object result) {
            StringBuilder out = new StringBuilder(partnershipId + ": " + update + "\n");
            for (Transition t : (List<Transition>) result) {
                out.append("  ").append(t.version()).append(' ').append(t).append('\n');
            }
            return out.toString();
        }
    }
}
