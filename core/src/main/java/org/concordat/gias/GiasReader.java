package org.concordat.gias;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open GIAS extract: its rows one at a time, each read or refused ({@link GiasRow}). Made by
 * {@link Gias#read}; close it when done. Not thread-safe.
 */
public final class GiasReader implements Iterator<GiasRow>, AutoCloseable {
    private static final Pattern FASTCSV_LINE = Pattern.compile("\\s*\\(?[^()]*line (\\d+)\\)?\\s*$");

    private final CloseableIterator<CsvRecord> rows;
    private final Charset charset;
    private final GiasColumns columns;

    GiasReader(StrictReader in, Charset charset) {
        this.charset = charset;
        this.rows = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(in)
                .iterator();
        try {
            if (!hasNextRecord()) {
                throw new GiasFormatException(1, "the file is empty: a GIAS extract starts with a header line");
            }
            this.columns = GiasColumns.bind(nextRecord());
        } catch (RuntimeException e) {
            try {
                rows.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The encoding the file is being read in. */
    public Charset charset() {
        return charset;
    }

    /** The header names the reader found, in file order. */
    public java.util.List<String> header() {
        return columns.header();
    }

    /**
     * Whether another data row follows. Blank lines are skipped.
     *
     * @throws GiasFormatException for bytes that are not text or CSV that cannot be parsed
     */
    @Override
    public boolean hasNext() {
        return hasNextRecord();
    }

    /**
     * The next data row, read or refused.
     *
     * @throws GiasFormatException for bytes that are not text or CSV that cannot be parsed
     */
    @Override
    public GiasRow next() {
        if (!hasNextRecord()) {
            throw new NoSuchElementException("no more rows in the GIAS extract");
        }
        return columns.read(nextRecord());
    }

    /** Closes the file. */
    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the GIAS extract: " + e.getMessage(), e);
        }
    }

    private boolean hasNextRecord() {
        try {
            return rows.hasNext();
        } catch (CsvParseException e) {
            throw invalid(e);
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private CsvRecord nextRecord() {
        try {
            return rows.next();
        } catch (CsvParseException e) {
            throw invalid(e);
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private RuntimeException unreadable(UncheckedIOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StrictReader.BadBytesException bad) {
            return new GiasFormatException(
                    bad.line(),
                    "bytes " + bad.bytes() + " are not text in " + charset.name()
                            + " (GIAS extracts are Windows-1252; a UTF-8 file needs a byte-order mark or the"
                            + " UTF-8 encoding option)");
        }
        return new UncheckedIOException("cannot read the GIAS extract: " + e.getMessage(), e.getCause());
    }

    private static GiasFormatException invalid(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = FASTCSV_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        return new GiasFormatException(line, "not valid CSV: " + m.replaceAll(""));
    }
}
