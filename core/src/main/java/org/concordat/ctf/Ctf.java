package org.concordat.ctf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a Common Transfer File (CTF 17 or later, the DfE XML every school MIS exports) as a stream
 * of pseudonymised pupils: each {@code Pupil} read into a {@link org.concordat.evaluation.pupils.PupilRecord}
 * or refused with its problems and line, so one bad pupil never stops the others.
 *
 * <p>What is kept: a pupil id that is the keyed pseudonym of the UPN ({@link PupilKey}); the
 * institution (the header's source school); the academic year of the census date; the year group
 * ({@code NCyearActual}, or from the date of birth when missing); FSM eligibility on the census
 * date; disadvantage (FSM in the six years to the census date, or looked after); SEN provision on
 * the census date; EAL; sex ({@code Sex} or the older {@code Gender}); ethnicity major group; and
 * the outcomes {@link OutcomeRule}s pick from the assessments. Names, date of birth, addresses,
 * contacts, attendance and free text are never kept: elements outside the list are read past as
 * the file streams, and the UPN and date of birth are dropped once used. No message quotes them.
 *
 * <p>Hardened: a DOCTYPE is refused (so no entity, internal or external, is ever expanded), no
 * external resource is fetched, and the file's size, nesting and text lengths are limited ({@link
 * CtfOptions}). Elements are matched by local name, with or without a namespace. A file that is
 * not a well-formed CTF stops with a {@link CtfFormatException} naming line and column.
 */
public final class Ctf {
    private Ctf() {}

    /**
     * The pupils of the CTF in {@code in}, which the returned reader closes. The header is read
     * before this returns.
     *
     * @throws CtfFormatException when the file is not a CTF 17 or later, or its header cannot be
     *     read
     * @throws UncheckedIOException when {@code in} cannot be read
     */
    public static CtfReader read(InputStream in, CtfOptions options) {
        CtfXml xml = new CtfXml(in, options);
        try {
            return new CtfReader(xml, options);
        } catch (RuntimeException e) {
            try {
                xml.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws CtfFormatException when the file is not a CTF 17 or later, or its header cannot be
     *     read
     * @throws UncheckedIOException when the file cannot be opened or read
     */
    public static CtfReader open(Path file, CtfOptions options) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the CTF " + file + ": " + e.getMessage(), e);
        }
        return read(in, options);
    }

    /**
     * The pupils of {@code file}, as a stream to close (try-with-resources).
     *
     * @throws CtfFormatException when the header cannot be read, and (from the stream) when the
     *     rest of the file is not a well-formed CTF
     * @throws UncheckedIOException when the file cannot be opened or read
     */
    public static Stream<CtfPupil> read(Path file, CtfOptions options) {
        CtfReader reader = open(file, options);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(reader::close);
    }
}
