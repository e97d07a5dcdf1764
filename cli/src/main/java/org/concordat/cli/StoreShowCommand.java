package org.concordat.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.Concordat;
import org.concordat.PlanRepository;
import org.concordat.PlanVersion;
import org.concordat.io.PlanFormat;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concordat store show ID}: a stored version of a partnership's plan, as YAML or JSON. */
@Command(
        name = "show",
        description = {
            "Print a stored version of the plan of partnership ID (the latest unless --version says).",
            "Exit 0 when shown, 2 when the store holds no such plan or version or cannot be read."
        })
final class StoreShowCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(index = "0", paramLabel = "ID", description = "The partnership id (partnership.id in the plan).")
    String id = "";

    // No mixinStandardHelpOptions: its --version would clash with this command's own.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "N", description = "The version to show; default: the latest.")
    Optional<Long> version = Optional.empty();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "yaml",
            description = "yaml or json; default: ${DEFAULT-VALUE} (with -o: from the file's extension).")
    PlanFormat format = PlanFormat.YAML;

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    StoreOptions store = new StoreOptions();

    StoreShowCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        StoreOptions.partnershipId(id);
        if (version.isPresent() && version.get() < 1) {
            throw new InputException("--version \"" + version.get() + "\": must be 1 or more");
        }
        PartnershipPlan plan;
        try (Concordat concordat = store.open()) {
            PlanRepository plans = concordat.plans();
            Optional<PlanVersion> found =
                    store.read(() -> version.isPresent() ? plans.load(id, version.get()) : plans.load(id));
            plan = found.orElseThrow(() -> new InputException("store " + store.where() + ": no plan \"" + id + "\""
                            + version.map(v -> " version " + v).orElse("")))
                    .plan();
        }
        PlanFormat chosen = output.file.map(StoreShowCommand::formatOf).orElse(format);
        String text = chosen == PlanFormat.JSON ? Plans.toJson(plan) : Plans.toYaml(plan);
        output.write(text.getBytes(StandardCharsets.UTF_8), env.out());
        return ExitCode.OK;
    }

    private static PlanFormat formatOf(Path file) {
        try {
            return PlanFormat.of(file);
        } catch (IllegalArgumentException e) {
            throw new InputException("-o " + file + ": " + e.getMessage(), e);
        }
    }
}
