package org.concordat.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.rules.Violation;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concordat store save PLAN}: appends the plan as a new version under its partnership id,
 * unless it is unchanged since the latest version. With {@code --rulebook}, a plan with errors is
 * refused (exit 1) and nothing is saved; with {@code --expected-version}, a plan someone else
 * changed meanwhile is refused (exit 1).
 */
@Command(
        name = "save",
        mixinStandardHelpOptions = true,
        description = {
            "Save PLAN as a new version under its partnership id (nothing is saved when it is unchanged).",
            "Exit 0 when saved or unchanged, 1 when refused (rulebook errors, or --expected-version"
                    + " differs), 2 when PLAN or the store cannot be read."
        })
final class StoreSaveCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(index = "0", paramLabel = "PLAN", description = "Plan file (.yaml, .yml or .json).")
    Path file = Path.of("");

    @Option(
            names = "--rulebook",
            paramLabel = "NAME",
            description = "Save only when the plan has no errors under this rulebook.")
    Optional<String> rulebook = Optional.empty();

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

    StoreSaveCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PartnershipPlan plan = PlanInput.read(file);
        if (rulebook.isPresent()) {
            Rulebook book = ValidateCommand.rulebook(rulebook.get());
            ValidationReport report = book.validate(plan, ValidationSettings.today());
            if (!report.isValid()) {
                env.err()
                        .println("concordat: " + file + ": not saved: "
                                + report.errors().size()
                                + " errors under " + book.name() + " (see 'concordat validate --rulebook "
                                + book.name() + " " + file + "')");
                for (Violation v : report.errors()) {
                    env.err().println("  " + v.code() + " " + v.path() + ": " + v.message());
                }
                return ExitCode.ERRORS_FOUND;
            }
        }
        RecordKey key = PlanRecords.key(plan.partnership().id());
        RecordDraft draft = PlanRecords.draft(
                plan, author.orElseGet(() -> System.getProperty("user.name", "unknown")), Instant.now());
        try (RecordStore records = store.open()) {
            Optional<StoredRecord> latest = records.latest(key);
            long current = latest.map(StoredRecord::version).orElse(RecordStore.NO_VERSION);
            long expected = expectedVersion.orElse(current);
            if (expected == current
                    && latest.isPresent()
                    && Arrays.equals(latest.get().payload(), draft.payload())) {
                println(key.id() + ": unchanged since version " + current + "; nothing saved");
                return ExitCode.OK;
            }
            long saved;
            try {
                saved = records.append(key, expected, draft);
            } catch (VersionConflictException e) {
                env.err()
                        .println("concordat: " + file + ": not saved: the store holds version "
                                + e.actualVersion() + " of " + key.id() + ", not " + e.expectedVersion()
                                + " (someone saved meanwhile: see 'concordat store history " + key.id() + "')");
                return ExitCode.ERRORS_FOUND;
            }
            println(key.id() + ": saved version " + saved + " in " + store.directory);
            return ExitCode.OK;
        }
    }

    private void println(String line) {
        Output.write(Optional.empty(), (line + "\n").getBytes(StandardCharsets.UTF_8), env.out());
    }
}
