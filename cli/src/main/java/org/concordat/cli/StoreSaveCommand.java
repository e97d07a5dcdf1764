package org.concordat.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.IllegalStatusMoveException;
import org.concordat.PlanConflictException;
import org.concordat.PlanRejectedException;
import org.concordat.PlanRepository;
import org.concordat.PlanVersion;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat store save PLAN}: appends the plan as a new version under its partnership id,
 * unless it is unchanged since the latest version. With {@code --notify-option}, the notifications
 * the save causes are recorded with it, for {@code concordat notify dispatch} to send. With {@code --rulebook}, a plan with errors is
 * refused (exit 1) and nothing is saved; with {@code --expected-version}, a plan someone else
 * changed meanwhile is refused (exit 1).
 */
@Command(
        name = "save",
        mixinStandardHelpOptions = true,
        description = {
            "Save PLAN as a new version under its partnership id (nothing is saved when it is unchanged);"
                    + " with --rulebook, only when PLAN has no errors under that rulebook.",
            "With --notify-option, the notifications the save causes are recorded with it, in the same"
                    + " atomic write, for 'concordat notify dispatch' to send.",
            "Exit 0 when saved or unchanged, 1 when refused (rulebook errors, a status that cannot follow"
                    + " the stored one, or --expected-version differs), 2 when PLAN or the store cannot be read."
        })
final class StoreSaveCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    PlanFileOption planFile = new PlanFileOption();

    /** Save only when the plan has no errors under this rulebook. */
    @Mixin
    RulebookOption rulebook = new RulebookOption();

    @Option(
            names = "--expected-version",
            paramLabel = "N",
            description = "Save only when the latest stored version is N (0: not stored yet).")
    Optional<Long> expectedVersion = Optional.empty();

    @Option(
            names = "--author",
            paramLabel = "NAME",
            description = "Who saves this version; default: the user name (${sys:user.name}).")
    Optional<String> author = Optional.empty();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    NotifyOptions notify = new NotifyOptions();

    StoreSaveCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (expectedVersion.isPresent() && expectedVersion.get() < 0) {
            throw new InputException(
                    "--expected-version \"" + expectedVersion.get() + "\": must be 0 (not stored yet) or more");
        }
        String who = author.map(StoreOptions::author).orElseGet(StoreSaveCommand::userName);
        Path file = planFile.file;
        PartnershipPlan plan = planFile.read();
        Optional<Rulebook> book = rulebook.book();
        String id = plan.partnership().id();
        try (Concordat concordat = store.open(who, book, notify, notify.mode())) {
            PlanRepository plans = concordat.plans();
            Optional<PlanVersion> latest = store.read(() -> plans.load(id));
            long current = latest.map(PlanVersion::version).orElse(0L);
            long expected = expectedVersion.orElse(current);
            if (expected == current && latest.isPresent() && latest.get().plan().equals(plan)) {
                println(id + ": unchanged since version " + current + "; nothing saved");
                return ExitCode.OK;
            }
            int pendingBefore =
                    notify.configured() ? store.read(concordat::pending).size() : 0;
            PlanVersion saved = store.read(() -> plans.save(plan, expected));
            println(id + ": saved version " + saved.version() + " in " + store.where());
            if (notify.configured()) {
                int recorded = store.read(concordat::pending).size() - pendingBefore;
                println(id + ": recorded " + recorded + (recorded == 1 ? " notification" : " notifications")
                        + " for 'concordat notify dispatch' to send");
            }
            return ExitCode.OK;
        } catch (PlanRejectedException e) {
            String name = book.map(Rulebook::name).orElse("the rulebook");
            StringBuilder lines = new StringBuilder("concordat: " + file + ": not saved: "
                    + e.report().errors().size() + " errors under " + name
                    + " (see 'concordat validate --rulebook " + name + " " + file + "')\n");
            for (Violation v : e.report().errors()) {
                lines.append("  ")
                        .append(v.code())
                        .append(' ')
                        .append(v.path())
                        .append(": ")
                        .append(v.message())
                        .append('\n');
            }
            Output.writeText(lines.toString(), env.err());
            return ExitCode.ERRORS_FOUND;
        } catch (IllegalStatusMoveException e) {
            Output.writeText("concordat: " + file + ": not saved: " + e.getMessage() + "\n", env.err());
            return ExitCode.ERRORS_FOUND;
        } catch (PlanConflictException e) {
            Output.writeText(
                    "concordat: " + file + ": not saved: the store holds version " + e.actualVersion()
                            + " of " + id + ", not " + e.expectedVersion()
                            + " (someone saved meanwhile: see 'concordat store history " + id + "')\n",
                    env.err());
            return ExitCode.ERRORS_FOUND;
        }
    }

    /** The user name, when a store can record it as an author; else "concordat". */
    private static String userName() {
        String name = System.getProperty("user.name", "");
        try {
            return StoreOptions.author(name);
        } catch (InputException e) {
            return "concordat";
        }
    }

    private void println(String line) {
        Output.writeText(line + "\n", env.out());
    }
}
