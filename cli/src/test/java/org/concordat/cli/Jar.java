package org.concordat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs the shaded cli/target/concordat.jar as a separate process, as a user would. */
final class Jar {
    private Jar() {}

    /** The repository root (for the example plans). */
    static Path repository() {
        return Path.of(System.getProperty("concordat.repo", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The jar the build made. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("concordat.jar", "target/concordat.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run the tests through Maven's verify phase");
        }
        return jar.toAbsolutePath();
    }

    /** Runs {@code concordat ARGS} in {@code dir} with nothing on standard input. */
    static Run run(Path dir, String... args) {
        return run(dir, java.util.Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with {@code env} added to the process's environment. */
    static Run run(Path dir, java.util.Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        try {
            Process p = pb.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("concordat " + String.join(" ", args) + ": still running after 120 s");
            }
            return new Run(p.exitValue(), out.get(), err.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one run left: its exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
