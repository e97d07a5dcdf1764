package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surefire runs tests on the class path, where {@code META-INF/services} registers the outbox. This
 * test starts a JVM on the module path, where only {@code provides} in module-info counts, and
 * checks the facade still finds the outbox notifier and Concordat's own embedded defaults.
 */
class ModulePathDiscoveryTest {
    /** Test-only libraries: left off the module path (they are neither needed nor all modular). */
    private static final Pattern TEST_ONLY = Pattern.compile(
            "[/\\\\](org[/\\\\](junit|opentest4j|apiguardian|assertj|quicktheories|immutables)|com[/\\\\]tngtech"
                    + "|net[/\\\\]bytebuddy|info[/\\\\]picocli)[/\\\\]"
                    + "|test-classes|[/\\\\](testkit|cli)[/\\\\]target");

    @Test
    void the_outbox_is_found_through_provides_on_the_module_path(@TempDir Path outbox)
            throws IOException, InterruptedException {
        List<String> modulePath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
            if (!entry.isBlank() && !TEST_ONLY.matcher(entry).find()) {
                modulePath.add(entry);
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = outbox.resolveSibling(outbox.getFileName() + ".log");
        Process p = new ProcessBuilder(
                        java,
                        "--module-path",
                        String.join(File.pathSeparator, modulePath),
                        "-m",
                        "org.concordat.examples/org.concordat.examples.FacadeExample",
                        Path.of("plans/first-plan.yaml").toAbsolutePath().toString(),
                        outbox.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("running as module org.concordat.examples", "6 messages in");
        assertThat(outbox.resolve("000006-agreement.in-force.txt")).exists();
        assertThat(outbox.resolve("mou.html")).exists();
    }
}
