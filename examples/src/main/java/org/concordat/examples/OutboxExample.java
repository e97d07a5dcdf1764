package org.concordat.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.MouReport;

/**
 * Binds the facade to backends found through {@link java.util.ServiceLoader} — the in-memory store
 * by name and, since it has the highest priority, this module's {@link OutboxNotifier} — then saves
 * the example plan (which sends a notification for each recorded approval and for the agreement
 * coming into force) and writes the MOU as HTML.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am package -DskipTests && ./mvnw -q -pl examples
 * exec:java -Dexec.mainClass=org.concordat.examples.OutboxExample -Dexec.args="examples/plans/first-plan.yaml target/outbox"}
 */
public final class OutboxExample {
    private OutboxExample() {}

    /**
     * Saves {@code plan} through a facade discovered with {@code outbox.directory=outbox}, and writes
     * {@code mou.html} beside the outbox.
     *
     * @return the file names of the messages written, oldest first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> run(PartnershipPlan plan, Path outbox) {
        Map<String, String> config =
                Map.of("concordat.store", "memory", OutboxNotifierProvider.DIRECTORY, outbox.toString());
        try (Concordat concordat = Concordat.open(config)) {
            PlanVersion saved = concordat.plans().create(plan);
            Path mou = outbox.resolve("mou.html");
            Files.write(mou, concordat.render(MouReport.of(saved.plan()), "html"));
            return ((OutboxNotifier) concordat.notifier())
                    .messages().stream()
                            .map(p -> String.valueOf(p.getFileName()))
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Arguments: the plan file (YAML or JSON) and the outbox directory.
     *
     * @param args plan file and outbox directory
     */
    public static void main(String[] args) {
        Path planFile = Path.of(args.length > 0 ? args[0] : "examples/plans/first-plan.yaml");
        Path outbox = Path.of(args.length > 1 ? args[1] : "target/outbox");
        List<String> messages = run(Plans.read(planFile), outbox);
        Module module = OutboxExample.class.getModule();
        System.out.println("running " + (module.isNamed() ? "as module " + module.getName() : "on the class path"));
        System.out.println(messages.size() + " messages in " + outbox.toAbsolutePath() + ":");
        messages.forEach(m -> System.out.println("  " + m));
    }
}
