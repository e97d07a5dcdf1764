package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code concordat} launcher script's class-data sharing: the first run prepares an archive,
 * later runs load Concordat's classes from it, and standard output stays the command's throughout.
 * Run on a copy of the launcher beside a copy of the built jar and the example files, so it never
 * builds and never touches the repository's own archive.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    @TempDir
    Path home;

    private Path plan;

    @BeforeEach
    void copyTheLauncherTheJarAndTheExamples() throws IOException {
        Path repo = Jar.repository();
        Files.copy(repo.resolve("concordat"), home.resolve("concordat"));
        Files.createDirectories(home.resolve("cli/target"));
        Files.copy(Jar.jar(), home.resolve("cli/target/concordat.jar"));
        for (String file : List.of(
                "examples/plans/first-plan.yaml", "examples/data/observations.csv", "examples/data/pupils.csv")) {
            Files.createDirectories(home.resolve(file).getParent());
            Files.copy(repo.resolve(file), home.resolve(file));
        }
        plan = home.resolve("examples/plans/first-plan.yaml");
    }

    @Test
    void the_first_run_prepares_the_archive_and_later_runs_load_classes_from_it() throws IOException {
        Jar.Run direct = Jar.run(home, "validate", plan.toString());

        Jar.Run first = launch(Map.of(), "validate", plan.toString());
        assertThat(first.exit()).as("%s", first).isEqualTo(direct.exit());
        assertThat(first.out()).isEqualTo(direct.out());
        assertThat(first.err()).contains("preparing the class-data sharing archive");
        assertThat(archives()).hasSize(1);

        Path log = home.resolve("classes.log");
        Jar.Run second =
                launch(Map.of("CONCORDAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "validate", plan.toString());
        assertThat(second.out()).isEqualTo(direct.out());
        assertThat(second.err()).doesNotContain("preparing");
        assertThat(Files.readString(log))
                .contains("org.concordat.cli.Main source: shared objects file (top)")
                .contains("org.concordat.io.Plans source: shared objects file (top)");
    }

    @Test
    void with_sharing_off_nothing_is_archived_and_classes_come_from_the_jar() throws IOException {
        Path log = home.resolve("classes.log");
        Jar.Run run = launch(
                Map.of("CONCORDAT_CDS", "off", "CONCORDAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "validate",
                plan.toString());

        assertThat(run.err()).doesNotContain("preparing");
        assertThat(archives()).isEmpty();
        assertThat(Files.readString(log)).doesNotContain("org.concordat.cli.Main source: shared objects file");
    }

    @Test
    void an_archive_left_by_another_jar_is_made_again() throws IOException {
        launch(Map.of(), "--version");
        Path archive = archives().get(0);
        // A newer jar (a rebuild): the archive no longer matches it.
        Path jar = home.resolve("cli/target/concordat.jar");
        Files.setLastModifiedTime(
                jar,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(archive).toMillis() + 10_000));

        Jar.Run again = launch(Map.of(), "--version");

        assertThat(again.err()).contains("preparing the class-data sharing archive");
        assertThat(again.out()).startsWith("concordat ");
        assertThat(archives()).hasSize(1);
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("cli/target"))) {
            return files.filter(f -> f.getFileName().toString().matches("concordat-\\d+\\.jsa"))
                    .toList();
        }
    }

    private Jar.Run launch(Map<String, String> env, String... args) {
        List<String> command =
                new ArrayList<>(List.of("sh", home.resolve("concordat").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("CONCORDAT_JAVA_OPTS");
        pb.environment().remove("CONCORDAT_CDS");
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process p = pb.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("concordat " + String.join(" ", args) + ": still running after 180 s");
            }
            return new Jar.Run(p.exitValue(), out.get(), err.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
