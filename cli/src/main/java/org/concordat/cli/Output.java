package org.concordat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's result goes: standard output, or a file written whole or not at all. A
 * command builds its whole result in memory first and hands it here only once it has succeeded,
 * so a failing command writes nothing.
 *
 * <p>{@code -o FILE} must name a regular file (through symbolic links) or a path that does not
 * exist yet; a directory, a device such as {@code /dev/stdout}, a pipe or a dangling link is
 * refused, so running as root never replaces a device node. The content goes to a new temporary
 * file beside the target, created with the permissions the user's umask gives (or given the
 * replaced file's permissions), forced to disk, and then renamed over the target atomically where
 * the file system allows, and the directory is forced too: a reader never sees half a report and a
 * crash leaves either the old file or the new one.
 */
final class Output {
    private Output() {}

    /** Writes {@code content} to {@code file} if present, else to {@code out}, as it is. */
    static void write(Optional<Path> file, byte[] content, PrintStream out) {
        if (file.isPresent()) {
            writeAtomically(file.get(), content);
        } else {
            out.write(content, 0, content.length);
            out.flush();
        }
    }

    /**
     * Writes a text format's lines to {@code out} with every control character but line feeds and
     * tabs escaped ({@link Terminal#printable}): names, ids and messages come from the user's files
     * and must not drive the terminal.
     */
    static void writeText(String text, PrintStream out) {
        byte[] bytes = Terminal.printable(text, true).getBytes(StandardCharsets.UTF_8);
        write(Optional.empty(), bytes, out);
    }

    /** {@link #writeText} for text built as UTF-8 bytes. */
    static void writeText(byte[] utf8, PrintStream out) {
        writeText(new String(utf8, StandardCharsets.UTF_8), out);
    }

    /**
     * Replaces {@code file} by {@code content} atomically where the file system can.
     *
     * @throws OutputException naming the file when it is not a regular file or a new path, or cannot
     *     be written
     */
    static void writeAtomically(Path file, byte[] content) {
        Path target = target(file);
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = createTemp(dir, target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            syncDirectory(dir);
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

    /**
     * The file to replace: {@code file} itself when it does not exist, the regular file it names
     * (following symbolic links, so a link stays a link) when it does.
     *
     * @throws OutputException when {@code file} exists and is not a regular file
     */
    private static Path target(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return absolute;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new OutputException(file + ": not written: a link to nowhere (" + e.getMessage() + ")", e);
        }
        if (attributes.isDirectory()) {
            throw new OutputException(file + ": not written: is a directory; -o needs a file name");
        }
        if (!attributes.isRegularFile()) {
            throw new OutputException(file + ": not written: not a regular file (a device, pipe or socket);"
                    + " -o replaces regular files only: leave out -o to write to standard output");
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new OutputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty file beside {@code target}. It is created without explicit permissions, so the
     * file system applies the user's umask, as it would to any file the user creates.
     */
    private static Path createTemp(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
            Path temp = dir == null ? Path.of(name) : dir.resolve(name);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions; a new one keeps what the umask gave it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)
                || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Forces the rename to disk; some platforms (Windows) cannot open a directory, and journal it. */
    private static void syncDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UncheckedIOException e) {
            // The file is written and renamed; only its survival of a power cut is less certain.
        }
    }
}
