package org.concordat.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a Get Information about Schools "all establishment data" extract ({@code
 * edubasealldataYYYYMMDD.csv}) as a stream of {@link GiasRow}s: each row read into an {@link
 * Establishment} or refused with its problems and line, so one bad row never stops the others.
 *
 * <p>Columns are bound by their header names, so every layout since 2017 (120 to 140 columns, in
 * any order, with extra columns) reads; only {@code URN} and {@code EstablishmentName} are
 * required. The file is decoded as {@link GiasEncoding#DETECT} unless told otherwise: UTF-8 after
 * a byte-order mark, Windows-1252 (DfE's encoding) without one. Bytes that are not text in that
 * encoding stop the read with a {@link GiasFormatException} naming the line: a name is never
 * silently given a replacement character. Rows are read one at a time, so the national file
 * (about 50,000 rows, 60 MB) is read in constant memory.
 */
public final class Gias {
    private Gias() {}

    /**
     * The rows of the extract in {@code in}, which the returned reader closes.
     *
     * @throws GiasFormatException when the header cannot be read or lacks a required column
     * @throws UncheckedIOException when {@code in} cannot be read
     */
    public static GiasReader read(InputStream in, GiasEncoding encoding) {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        try {
            byte[] head = pushback.readNBytes(3);
            boolean bom = head.length == 3
                    && (head[0] & 0xff) == 0xEF
                    && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF;
            if (!bom) {
                pushback.unread(head);
            }
            Charset charset = encoding.charset(bom);
            return new GiasReader(new StrictReader(pushback, charset), charset);
        } catch (IOException e) {
            closeQuietly(pushback, e);
            throw new UncheckedIOException("cannot read the GIAS extract: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(pushback, e);
            throw e;
        }
    }

    /**
     * The rows of the extract in {@code file}, as a stream to close (try-with-resources).
     *
     * @throws GiasFormatException when the header cannot be read or lacks a required column, and
     *     (from the stream) for bytes that are not text or CSV that cannot be parsed
     * @throws UncheckedIOException when the file cannot be opened or read
     */
    public static Stream<GiasRow> read(Path file, GiasEncoding encoding) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the GIAS extract " + file + ": " + e.getMessage(), e);
        }
        GiasReader reader = read(in, encoding);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(reader::close);
    }

    private static void closeQuietly(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
