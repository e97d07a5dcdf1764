package org.concordat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all. A
 * command builds its whole result in memory first and hands it here only once it has succeeded,
 * so a failing command writes nothing; a file is written to a temporary file beside the target
 * and then moved over it, so a reader never sees half a report.
 */
final class Output {
    private Output() {}

    /** Writes {@code content} to {@code file} if present, else to {@code out}. */
    static void write(Optional<Path> file, byte[] content, PrintStream out) {
        if (file.isPresent()) {
            writeAtomically(file.get(), content);
        } else {
            out.write(content, 0, content.length);
            out.flush();
        }
    }

    /**
     * A temporary file is private to its owner; the output should read like any other file: the
     * target's permissions when it exists, else rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * Replaces {@code file} by {@code content} atomically where the file system can.
     *
     * @throws OutputException naming the file when it cannot be written
     */
    static void writeAtomically(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.write(temp, content);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed; that failure is the one to report.
                }
            }
        }
    }
}
