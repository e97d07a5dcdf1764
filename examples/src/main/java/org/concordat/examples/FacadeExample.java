package org.concordat.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import org.concordat.examples.outbox.OutboxNotifierProvider;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.MouReport;

/**
 * The facade bound to backends found through {@link java.util.ServiceLoader} by name: the
 * in-memory store and this module's {@code outbox} notifier ({@link
 * org.concordat.examples.outbox.OutboxNotifier}, a backend of our own). Saving the example plan
 * sends a notification for each recorded governing body approval and one for the agreement coming
 * into force; each lands as a file in the outbox. The MOU is written beside them as HTML.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am package -DskipTests && ./mvnw -q -pl examples
 * exec:java -Dexec.mainClass=org.concordat.examples.FacadeExample
 * -Dexec.args="plans/first-plan.yaml target/outbox"}
 */
public final class FacadeExample {
    private FacadeExample() {}

    /**
     * Saves {@code plan} through a facade configured with {@code concordat.store=memory}, {@code
     * concordat.notifier=outbox} and {@code outbox.directory}, and writes {@code mou.html} into the
     * outbox directory.
     *
     * @return the names of the message files in the outbox, oldest first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> run(PartnershipPlan plan, Path outbox) {
        Map<String, String> config = Map.of(
                "concordat.store",
                "memory",
                "concordat.notifier",
                "outbox",
                OutboxNotifierProvider.DIRECTORY,
                outbox.toString());
        try (Concordat concordat = Concordat.open(config)) {
            PlanVersion saved = concordat.plans().create(plan);
            Files.write(outbox.resolve("mou.html"), concordat.render(MouReport.of(saved.plan()), "html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(p -> String.valueOf(p.getFileName()))
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
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
        Path planFile = Path.of(args.length > 0 ? args[0] : "plans/first-plan.yaml");
        Path outbox = Path.of(args.length > 1 ? args[1] : "target/outbox");
        List<String> messages = run(Plans.read(planFile), outbox);
        Module module = FacadeExample.class.getModule();
        System.out.println("running " + (module.isNamed() ? "as module " + module.getName() : "on the class path"));
        System.out.println(messages.size() + " messages in " + outbox.toAbsolutePath() + ":");
        messages.forEach(m -> System.out.println("  " + m));
    }
}
