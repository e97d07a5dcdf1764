package org.concordat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.concordat.plan.PartnershipPlan;

/**
 * Reads and writes a whole {@link PartnershipPlan} as JSON or YAML, in the format described in
 * {@code docs/plan-format.md}.
 *
 * <p>Reading is strict: the document must carry {@code schemaVersion: 1} at the top level, and an
 * unknown field, a value of the wrong type, a missing required field, an invalid identifier or a
 * value the domain refuses is reported as a {@link PlanFormatException} whose message gives the
 * source, line, column and JSON Pointer, e.g. {@code plan.yaml:12:7 /institutions/2/urn: URN
 * "12345": must be 6 digits}. A file that cannot be read at all gives a plain {@link
 * UncheckedIOException}, of which {@code PlanFormatException} is a kind.
 *
 * <p>Writing is deterministic (the same plan always gives the same text: {@code schemaVersion}
 * first, then each type's fields in a fixed order; absent optionals and empty lists left out) and
 * lossless ({@code read(write(p))} equals {@code p}). Files are written atomically: to a temporary
 * file beside the target, then renamed over it. Every method is safe to call from several threads
 * at once.
 */
public final class Plans {
    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private Plans() {}

    /**
     * Reads the plan in {@code file}, choosing JSON or YAML by its extension.
     *
     * @throws IllegalArgumentException when the extension is none of .json, .yaml, .yml
     * @throws PlanFormatException when the document cannot be understood
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PartnershipPlan read(Path file) {
        PlanFormat format = PlanFormat.of(file);
        Path name = file.getFileName();
        String source = name == null ? file.toString() : name.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return codec(format).read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading plan " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code plan} to {@code file} atomically, choosing JSON or YAML by its extension; on
     * failure the file is left as it was.
     *
     * @throws IllegalArgumentException when the extension is none of .json, .yaml, .yml
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(PartnershipPlan plan, Path file) {
        PlanFormat format = PlanFormat.of(file);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                codec(format).write(plan, out);
                out.flush();
                // On disk before the rename, so a crash cannot leave the new name on an empty file.
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("writing plan " + file + ": " + e.getMessage(), e);
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
     * Reads a plan from {@code in} in {@code format}; does not close the stream.
     *
     * @throws PlanFormatException when the document cannot be understood
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static PartnershipPlan read(InputStream in, PlanFormat format) {
        PlanCodec codec = codec(format);
        return codec.read(in, codec.defaultSource());
    }

    /**
     * Writes {@code plan} to {@code out} in {@code format}; does not close the stream.
     *
     * @throws UncheckedIOException when the stream cannot be written
     */
    public static void write(PartnershipPlan plan, OutputStream out, PlanFormat format) {
        codec(format).write(plan, out);
    }

    /**
     * Reads a plan from JSON text.
     *
     * @throws PlanFormatException when the document cannot be understood
     */
    public static PartnershipPlan readJson(String json) {
        return PlanCodec.JSON.read(json, PlanCodec.JSON.defaultSource());
    }

    /**
     * Reads a plan from YAML text.
     *
     * @throws PlanFormatException when the document cannot be understood
     */
    public static PartnershipPlan readYaml(String yaml) {
        return PlanCodec.YAML.read(yaml, PlanCodec.YAML.defaultSource());
    }

    /** The plan as JSON text (indented, fields in a fixed order). */
    public static String toJson(PartnershipPlan plan) {
        return PlanCodec.JSON.write(plan);
    }

    /** The plan as YAML text (block style, fields in a fixed order). */
    public static String toYaml(PartnershipPlan plan) {
        return PlanCodec.YAML.write(plan);
    }

    /**
     * {@code institutions} as the plan format writes them, under an {@code institutions} key (a
     * YAML fragment or a JSON object), for pasting into a plan; {@code concordat import gias
     * --urn} prints this.
     */
    public static String institutionsAs(
            PlanFormat format, java.util.List<org.concordat.school.Institution> institutions) {
        return codec(format).writeInstitutions(institutions);
    }

    private static PlanCodec codec(PlanFormat format) {
        return format == PlanFormat.JSON ? PlanCodec.JSON : PlanCodec.YAML;
    }
}
