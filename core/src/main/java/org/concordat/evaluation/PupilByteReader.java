package org.concordat.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.plan.Characteristic;
import org.jspecify.annotations.Nullable;

/**
 * One thread's reader of pupil-file bytes into {@link PupilColumns}: it splits records as fastcsv
 * does for {@link PupilCsv#read} (RFC 4180; CR, LF and CRLF each end a line; a quote opens a
 * quoted field only at the start of a field; an unclosed quote runs to the end of the file; empty
 * lines are skipped but counted) and checks each row as the record reader does, in the same order
 * and with the same messages, without a {@code String} per field.
 *
 * <p>Values seen before are recognised by their bytes ({@link ByteDictionary}); a value seen for
 * the first time is decoded and checked by the record reader's own rules, so anything unusual
 * (non-ASCII letters, Unicode spaces, odd spellings) gets exactly the same verdict. Outcomes are
 * parsed from bytes when short and plain (at most 15 digits, no exponent: {@code m / 10^k}, both
 * exact doubles, one correctly rounded division, the value {@code new BigDecimal(text).doubleValue()}
 * gives) and by {@link BigDecimal} otherwise.
 *
 * <p>A problem is not thrown at once but kept with its line relative to where the reading started
 * ({@link Problem}), since a part of the file read in parallel knows its absolute line only when
 * the parts before it are done.
 */
final class PupilByteReader {
    /** A refusal waiting for the line and line-feed counts before the part it was found in. */
    interface Problem {
        PupilDataException at(long lineBase, long lfBase);
    }

    private static final int QUOTED = 1;
    private static final int ESCAPES = 2;
    private static final int NON_ASCII = 4;
    private static final int UNCLOSED = 8;
    /** fastcsv's own limit, with its message. */
    private static final int MAX_FIELDS = 16384;

    private static final int NEED_MORE = -1;
    private static final int END_OF_DATA = -2;
    private static final int SYNTAX = -3;
    private static final int TOO_MANY_FIELDS = -4;
    private static final int OVERRUN = -5;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private final String file;
    private final ReadableByteChannel channel;
    private final boolean positional;

    // The window on the file: buf[0, len) holds the bytes from file offset bufPos.
    private byte[] buf;
    private int len;
    private long bufPos;
    private boolean eof;

    // The record last scanned.
    private int fieldCount;
    private int[] fieldStart = new int[16];
    private int[] fieldEnd = new int[16];
    private int[] fieldFlags = new int[16];
    private int recordLines;
    private int recordLfs;
    private int recordFlags;
    private int syntaxAt;

    // Row checks, once the layout is known.
    private @Nullable PupilLayout layout;
    private @Nullable PupilColumns batch;
    private int[] measureSlot = new int[0];
    private final ByteDictionary years = new ByteDictionary();
    private final ByteDictionary institutions = new ByteDictionary();
    private final ByteDictionary yearGroups = new ByteDictionary();
    private ByteDictionary[] codes = new ByteDictionary[0];

    /** A reader of {@code channel}, at any offset when {@code positional} (a regular file's channel). */
    PupilByteReader(String file, ReadableByteChannel channel, boolean positional, int bufferSize) {
        this.file = file;
        this.channel = channel;
        this.positional = positional;
        this.buf = new byte[bufferSize];
    }

    // ---------------------------------------------------------------- the window

    /** Moves the window to file offset {@code position} (a file only; a stream reads on). */
    void seek(long position) {
        bufPos = position;
        len = 0;
        eof = false;
    }

    /**
     * Drops the bytes before {@code keep}, then reads more after the rest, growing the buffer when
     * one record fills it. Returns the shift applied to buffer indices.
     */
    private int refill(int keep) {
        int shift = keep;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, len - keep);
            len -= keep;
            bufPos += keep;
        } else if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            ByteBuffer target = ByteBuffer.wrap(buf, len, buf.length - len);
            int n = positional ? ((FileChannel) channel).read(target, bufPos + len) : channel.read(target);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pupil records " + file + ": " + e.getMessage(), e);
        }
        return shift;
    }

    // ---------------------------------------------------------------- header

    /** What {@link #readHeader} found: the layout, where data starts, and the counts before it. */
    record Header(PupilLayout layout, long dataStart, long lines, long lfs) {}

    /**
     * Reads the header from the start of the file: skips a byte-order mark and empty lines, binds
     * the first record.
     *
     * @throws PupilDataException as the record reader refuses a header
     */
    Header readHeader() {
        seek(0);
        while (len < 3 && !eof) {
            refill(0);
        }
        int p = len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        long lines = 0;
        long lfs = 0;
        while (true) {
            int end = scan(p, Long.MAX_VALUE);
            if (end == NEED_MORE) {
                p -= refill(p);
                continue;
            }
            if (end == END_OF_DATA) {
                throw PupilLayout.noHeader(file);
            }
            if (end < 0) {
                throw recordProblem(end, p, lines, lfs).at(1, 0);
            }
            if (fieldCount == 0) {
                lines += recordLines;
                lfs += recordLfs;
                p = end;
                continue;
            }
            Problem utf8 = utf8(p, end, lines, lfs);
            if (utf8 != null) {
                throw utf8.at(1, 0);
            }
            String[] header = new String[fieldCount];
            for (int i = 0; i < fieldCount; i++) {
                header[i] = text(i);
            }
            return new Header(new PupilLayout(file, header), bufPos + end, lines + recordLines, lfs + recordLfs);
        }
    }

    /** Prepares the row checks of {@code layout}, filling {@code batch}. */
    void bind(PupilLayout layout, PupilColumns batch) {
        this.layout = layout;
        this.batch = batch;
        int n = layout.header.length;
        measureSlot = new int[n];
        codes = new ByteDictionary[n];
        for (int i = 0; i < n; i++) {
            String m = layout.measureAt[i];
            measureSlot[i] = m == null ? -1 : batch.measureIndex(m);
            codes[i] = new ByteDictionary();
        }
        ensureFields(n + 1);
    }

    // ---------------------------------------------------------------- a part of the file

    private static final PupilIds EMPTY_IDS = new PupilIds();

    /** The bytes a row took in the last part this reader read in full; 0 before the first. */
    private double bytesPerRow;

    /** What reading one part of the file gave. */
    static final class Part {
        long start;
        long end;
        long lines;
        long lfs;
        long rows;
        /** Ids seen, lines relative to the part's first line (from 1). */
        PupilIds ids = new PupilIds();

        @Nullable
        Problem problem;
        /** The relative line of {@link #problem} (from 1). */
        long problemLine;
        /** Gave up on a part whose guessed start was wrong: read it again from its true start. */
        boolean abandoned;
        /** The collector's container of this part. */
        @Nullable
        Object container;

        /** Drops the ids once they are merged: only the part's counts and end stay. */
        void release() {
            ids = EMPTY_IDS;
        }
    }

    /**
     * Reads the records starting in {@code [start, nominalEnd)} (to the end of the file when
     * {@code nominalEnd} is {@code Long.MAX_VALUE}) into batches handed to {@code sink} with {@code
     * container}. A speculative part (one whose start was guessed) gives up when one record runs
     * past {@code giveUpAt}.
     */
    <A> Part read(long start, long nominalEnd, long giveUpAt, A container, BiConsumer<A, PupilColumns> sink) {
        PupilColumns b = java.util.Objects.requireNonNull(batch);
        Part part = new Part();
        part.start = start;
        part.container = container;
        if (bytesPerRow > 0 && nominalEnd != Long.MAX_VALUE) {
            // Room for the rows the part's length suggests (the power of two above leaves spare):
            // the table is not copied again and again as it fills.
            part.ids = new PupilIds((long) ((nominalEnd - start) / bytesPerRow));
        }
        b.clear();
        int p;
        if (positional) {
            seek(start);
            p = 0;
        } else {
            // A stream is read once, on from the header.
            p = (int) (start - bufPos);
        }
        long line = 1;
        long lfs = 0;
        while (true) {
            if (bufPos + p >= nominalEnd) {
                break;
            }
            int end = scan(p, giveUpAt);
            if (end == NEED_MORE) {
                p -= refill(p);
                continue;
            }
            if (end == END_OF_DATA) {
                break;
            }
            if (end == OVERRUN) {
                part.abandoned = true;
                return part;
            }
            if (end < 0) {
                part.problem = recordProblem(end, p, line - 1, lfs);
                part.problemLine = line;
                return part;
            }
            if (fieldCount > 0) {
                Problem problem = row(p, end, line, lfs, part.ids);
                if (problem != null) {
                    part.problem = problem;
                    part.problemLine = line;
                    return part;
                }
                part.rows++;
                if (b.isFull()) {
                    sink.accept(container, b);
                    b.clear();
                }
            }
            line += recordLines;
            lfs += recordLfs;
            p = end;
        }
        if (b.size() > 0) {
            sink.accept(container, b);
            b.clear();
        }
        part.end = bufPos + p;
        part.lines = line - 1;
        part.lfs = lfs;
        if (part.rows > 0) {
            bytesPerRow = (part.end - part.start) / (double) part.rows;
        }
        return part;
    }

    /**
     * The first line start at or after {@code position} (the byte after a line feed), guessing that
     * the line feed is not inside a quoted field; the end of the file when there is none; −1 when
     * none comes before {@code giveUpAt}.
     */
    long lineStartFrom(long position, long giveUpAt) {
        if (position == 0) {
            return 0;
        }
        seek(position - 1);
        int p = 0;
        while (true) {
            while (p < len) {
                if (buf[p++] == '\n') {
                    return bufPos + p;
                }
            }
            if (eof) {
                return bufPos + len;
            }
            if (bufPos + len > giveUpAt) {
                return -1;
            }
            p -= refill(p);
        }
    }

    // ---------------------------------------------------------------- splitting records

    private void ensureFields(int n) {
        if (fieldStart.length < n) {
            fieldStart = java.util.Arrays.copyOf(fieldStart, n);
            fieldEnd = java.util.Arrays.copyOf(fieldEnd, n);
            fieldFlags = java.util.Arrays.copyOf(fieldFlags, n);
        }
    }

    /**
     * Splits the record starting at {@code p}: returns its end (after its line break), {@link
     * #NEED_MORE} when the window ends first, {@link #END_OF_DATA} at the end of the file, or a
     * failure code. Sets {@link #fieldCount} (0 for an empty line), the fields' bounds (content
     * only: a quoted field without its quotes, escapes still doubled), {@link #recordLines} and
     * {@link #recordLfs}.
     */
    private int scan(int p, long giveUpAt) {
        byte[] b = buf;
        int n = len;
        recordLines = 1;
        recordLfs = 0;
        recordFlags = 0;
        fieldCount = 0;
        if (p == n) {
            return eof ? END_OF_DATA : NEED_MORE;
        }
        if (b[p] == '\n') {
            recordLfs = 1;
            return p + 1;
        }
        if (b[p] == '\r') {
            if (p + 1 == n && !eof) {
                return NEED_MORE;
            }
            if (p + 1 < n && b[p + 1] == '\n') {
                recordLfs = 1;
                return p + 2;
            }
            return p + 1;
        }
        int i = p;
        int count = 0;
        int lines = 1;
        int lfs = 0;
        int all = 0;
        while (true) {
            int flags = 0;
            int from;
            int to;
            if (i < n && b[i] == '"') {
                flags = QUOTED;
                from = i + 1;
                int j = from;
                while (true) {
                    if (j == n) {
                        if (!eof) {
                            return overrun(giveUpAt);
                        }
                        // Unclosed at the end of the file: fastcsv keeps the rest as the field.
                        flags |= UNCLOSED;
                        to = n;
                        i = n;
                        break;
                    }
                    byte c = b[j];
                    if (c == '"') {
                        if (j + 1 == n && !eof) {
                            return overrun(giveUpAt);
                        }
                        if (j + 1 < n && b[j + 1] == '"') {
                            flags |= ESCAPES;
                            j += 2;
                            continue;
                        }
                        to = j;
                        i = j + 1;
                        break;
                    }
                    if (c == '\r') {
                        lines++;
                    } else if (c == '\n') {
                        lfs++;
                        if (b[j - 1] != '\r') {
                            lines++;
                        }
                    } else if (c < 0) {
                        flags |= NON_ASCII;
                    }
                    j++;
                }
            } else {
                from = i;
                int j = i;
                int seen = 0;
                while (j < n) {
                    byte c = b[j];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    seen |= c;
                    j++;
                }
                if (j == n && !eof) {
                    return overrun(giveUpAt);
                }
                if (seen < 0) {
                    flags |= NON_ASCII;
                }
                to = j;
                i = j;
            }
            if (count == MAX_FIELDS) {
                fieldCount = count;
                return TOO_MANY_FIELDS;
            }
            if (count == fieldStart.length && layout == null) {
                ensureFields(2 * count);
            }
            if (count < fieldStart.length) {
                fieldStart[count] = from;
                fieldEnd[count] = to;
                fieldFlags[count] = flags;
            }
            count++;
            all |= flags;
            // After the field: a comma, a line break, the end of the file, or (after a closing quote) junk.
            if (i == n) {
                recordLines = lines;
                recordLfs = lfs;
                recordFlags = all;
                fieldCount = count;
                return n;
            }
            byte c = b[i];
            if (c == ',') {
                i++;
                continue;
            }
            if (c == '\n') {
                recordLines = lines;
                recordLfs = lfs + 1;
                recordFlags = all;
                fieldCount = count;
                return i + 1;
            }
            if (c == '\r') {
                if (i + 1 == n && !eof) {
                    return overrun(giveUpAt);
                }
                recordLines = lines;
                recordFlags = all;
                fieldCount = count;
                if (i + 1 < n && b[i + 1] == '\n') {
                    recordLfs = lfs + 1;
                    return i + 2;
                }
                recordLfs = lfs;
                return i + 1;
            }
            syntaxAt = i;
            recordLines = lines;
            recordLfs = lfs;
            fieldCount = count;
            return SYNTAX;
        }
    }

    private int overrun(long giveUpAt) {
        return bufPos + len > giveUpAt ? OVERRUN : NEED_MORE;
    }

    // ---------------------------------------------------------------- checking a row

    /** The problem of a record that could not be split, which the record reader reports as fastcsv's. */
    private Problem recordProblem(int code, int p, long linesBefore, long lfsBefore) {
        long line = linesBefore + 1;
        if (code == TOO_MANY_FIELDS) {
            // fastcsv's message names no "(record starting at line N)": the record reader says line 0.
            return (lineBase, lfBase) -> new PupilDataException(
                    file,
                    0,
                    "not valid CSV: Record starting at line " + (lineBase + line - 1) + " has surpassed the maximum"
                            + " limit of " + MAX_FIELDS + " fields");
        }
        // The record reader decodes ahead of parsing: a bad byte on the same line is reported first.
        int lineEnd = syntaxAt;
        while (lineEnd < len && buf[lineEnd] != '\n') {
            lineEnd++;
        }
        Problem utf8 = utf8(p, lineEnd, linesBefore, lfsBefore);
        if (utf8 != null) {
            return utf8;
        }
        int cp = codePointAt(syntaxAt);
        char c = Character.isBmpCodePoint(cp) ? (char) cp : Character.highSurrogate(cp);
        String what = "Unexpected character after closing quote: '" + c + "' (0x" + Integer.toHexString(c) + ")";
        return (lineBase, lfBase) -> new PupilDataException(file, lineBase + line - 1, "not valid CSV: " + what);
    }

    private int codePointAt(int i) {
        int lead = buf[i] & 0xFF;
        int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return new String(buf, i, Math.min(n, len - i), StandardCharsets.UTF_8).codePointAt(0);
    }

    /** A UTF-8 problem in {@code buf[from, to)}, located as the record reader's decoder does (by LFs). */
    private @Nullable Problem utf8(int from, int to, long linesBefore, long lfsBefore) {
        int bad = Utf8.firstInvalid(buf, from, to);
        if (bad < 0) {
            return null;
        }
        long lfs = lfsBefore;
        for (int i = from; i < bad; i++) {
            if (buf[i] == '\n') {
                lfs++;
            }
        }
        long lfLine = lfs + 1;
        return (lineBase, lfBase) -> new PupilDataException(
                file,
                lfBase + lfLine,
                "bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in Excel); an export in"
                        + " Windows-1252 (ANSI) gives this");
    }

    /** The field as text, quotes undone: only for a value seen for the first time or a message. */
    private String text(int i) {
        int from = fieldStart[i];
        int to = fieldEnd[i];
        if ((fieldFlags[i] & QUOTED) == 0) {
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
        }
        // As fastcsv: a field left open at the end of the file drops a final quote; then each quote
        // toggles an escape and only the second of a pair is kept.
        if ((fieldFlags[i] & UNCLOSED) != 0 && to > from && buf[to - 1] == '"') {
            to--;
        }
        byte[] out = new byte[to - from];
        int k = 0;
        boolean escape = false;
        for (int j = from; j < to; j++) {
            if (buf[j] == '"') {
                escape = !escape;
                if (escape) {
                    continue;
                }
            }
            out[k++] = buf[j];
        }
        return new String(out, 0, k, StandardCharsets.UTF_8);
    }

    /** Checks and adds the row of the record just scanned; returns its problem, if any. */
    private @Nullable Problem row(int p, int end, long line, long lfsBefore, PupilIds ids) {
        PupilLayout l = java.util.Objects.requireNonNull(layout);
        PupilColumns b = java.util.Objects.requireNonNull(batch);
        if ((recordFlags & NON_ASCII) != 0) {
            Problem utf8 = utf8(p, end, line - 1, lfsBefore);
            if (utf8 != null) {
                return utf8;
            }
        }
        int width = l.header.length;
        if (fieldCount != width) {
            int count = fieldCount;
            return (lineBase, lfBase) ->
                    new PupilDataException(file, lineBase + line - 1, count + " fields where the header has " + width);
        }
        // academic_year
        int yc = l.required[2];
        int yearIndex = years.get(buf, fieldStart[yc], fieldEnd[yc]);
        if (yearIndex < 0 || (fieldFlags[yc] & ESCAPES) != 0) {
            String value = text(yc);
            Problem blank = blank(value, yc, line);
            if (blank != null) {
                return blank;
            }
            AcademicYear parsed;
            try {
                parsed = AcademicYear.parse(value.strip());
            } catch (IllegalArgumentException e) {
                return refusal(line, yc, value, e.getMessage(), e);
            }
            yearIndex = b.year(parsed);
            if ((fieldFlags[yc] & ESCAPES) == 0) {
                years.put(buf, fieldStart[yc], fieldEnd[yc], yearIndex);
            }
        }
        AcademicYear academicYear = b.academicYear(yearIndex);
        // pupil_id
        Problem pupil = pupil(l, line, academicYear, ids);
        if (pupil != null) {
            return pupil;
        }
        // institution_id
        int ic = l.required[1];
        int institution = (fieldFlags[ic] & ESCAPES) != 0 ? -1 : institutions.get(buf, fieldStart[ic], fieldEnd[ic]);
        if (institution < 0) {
            String value = text(ic);
            Problem blank = blank(value, ic, line);
            if (blank != null) {
                return blank;
            }
            String id = value.strip();
            if (PupilRecord.looksLikeUpn(id)) {
                IllegalArgumentException e =
                        new IllegalArgumentException("a value shaped like a UPN cannot be an institution id");
                return refusal(line, ic, value, e.getMessage(), e);
            }
            institution = b.institution(id);
            if ((fieldFlags[ic] & ESCAPES) == 0) {
                institutions.put(buf, fieldStart[ic], fieldEnd[ic], institution);
            }
        }
        // year_group
        int gc = l.required[3];
        if ((fieldFlags[gc] & ESCAPES) != 0 || yearGroups.get(buf, fieldStart[gc], fieldEnd[gc]) < 0) {
            String value = text(gc);
            Problem blank = blank(value, gc, line);
            if (blank != null) {
                return blank;
            }
            try {
                YearGroup.parse(value.strip());
            } catch (IllegalArgumentException e) {
                return refusal(line, gc, value, e.getMessage(), e);
            }
            if ((fieldFlags[gc] & ESCAPES) == 0) {
                yearGroups.put(buf, fieldStart[gc], fieldEnd[gc], 0);
            }
        }
        // characteristics and outcomes, in column order
        int row = b.size;
        for (double[] column : b.outcomes) {
            column[row] = Double.NaN;
        }
        long packed = PupilColumns.NO_CODES;
        for (int i = 0; i < width; i++) {
            int from = fieldStart[i];
            int to = fieldEnd[i];
            if (from == to) {
                continue;
            }
            Characteristic c = l.characteristicAt[i];
            if (c != null) {
                int code = (fieldFlags[i] & ESCAPES) != 0 ? -1 : codes[i].get(buf, from, to);
                if (code < 0) {
                    String value = text(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    try {
                        code = c.codes().indexOf(c.requireValue(value));
                    } catch (IllegalArgumentException e) {
                        return refusal(line, i, value, "must be one of " + String.join(", ", c.codes()), e);
                    }
                    if ((fieldFlags[i] & ESCAPES) == 0) {
                        codes[i].put(buf, from, to, code);
                    }
                }
                int shift = 8 * c.ordinal();
                packed = (packed & ~(0xFFL << shift)) | ((long) code << shift);
            } else if (l.measureAt[i] != null) {
                double x = (fieldFlags[i] & (ESCAPES | NON_ASCII)) != 0 ? Double.NaN : plainDecimal(from, to);
                if (x != x) {
                    String value = text(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    BigDecimal outcome;
                    try {
                        outcome = new BigDecimal(value.strip());
                    } catch (NumberFormatException e) {
                        return refusal(line, i, value, "must be a decimal number", e);
                    }
                    if (!PupilRecord.isOutcomeInRange(outcome)) {
                        return refusal(line, i, value, PupilRecord.OUTCOME_RANGE, null);
                    }
                    x = outcome.doubleValue();
                }
                int slot = measureSlot[i];
                if (slot >= 0) {
                    b.outcomes[slot][row] = x;
                }
            }
        }
        b.institution[row] = institution;
        b.year[row] = yearIndex;
        b.codes[row] = packed;
        b.size = row + 1;
        return null;
    }

    /**
     * The row's pupil id, checked without ever quoting it: not blank, not shaped like a UPN, and not
     * seen before in the same academic year (as {@code PupilCsv.Records#pupil}).
     */
    private @Nullable Problem pupil(PupilLayout l, long line, AcademicYear academicYear, PupilIds ids) {
        int pc = l.required[0];
        String column = l.header[pc];
        long key;
        int from = fieldStart[pc];
        int to = fieldEnd[pc];
        if ((fieldFlags[pc] & (ESCAPES | NON_ASCII)) == 0) {
            while (from < to && isAsciiWhitespace(buf[from])) {
                from++;
            }
            while (to > from && isAsciiWhitespace(buf[to - 1])) {
                to--;
            }
            if (from == to) {
                return emptyPupil(line, column);
            }
            if (to - from == 13 && looksLikeUpn(from)) {
                return upnPupil(line, column);
            }
            key = PupilIds.fingerprint(buf, from, to, academicYear.startYear());
        } else {
            String id = text(pc).strip();
            if (id.isEmpty()) {
                return emptyPupil(line, column);
            }
            if (PupilRecord.looksLikeUpn(id)) {
                return upnPupil(line, column);
            }
            key = PupilIds.fingerprint(id, academicYear);
        }
        long first = ids.firstLineOf(key, academicYear.startYear(), line);
        if (first != 0) {
            return duplicate(file, line, first, column, academicYear);
        }
        return null;
    }

    /** The refusal of a pupil listed twice; {@code first} relative as {@code line} (both from 1). */
    static Problem duplicate(String file, long line, long first, String column, AcademicYear year) {
        return (lineBase, lfBase) -> duplicateAt(file, lineBase + line - 1, lineBase + first - 1, column, year);
    }

    /** The refusal of a pupil listed twice, at absolute lines. */
    static PupilDataException duplicateAt(String file, long line, long first, String column, AcademicYear year) {
        return new PupilDataException(
                file,
                line,
                "column \"" + column + "\": the same pupil id as line " + first + " in " + year
                        + ": each pupil may appear once a year; nothing was computed");
    }

    private Problem emptyPupil(long line, String column) {
        return (lineBase, lfBase) -> new PupilDataException(
                file, lineBase + line - 1, "column \"" + column + "\": empty: every row needs a pupil id");
    }

    private Problem upnPupil(long line, String column) {
        return (lineBase, lfBase) -> new PupilDataException(
                file,
                lineBase + line - 1,
                "column \"" + column + "\": a value shaped like a UPN: pupil ids must be pseudonymised,"
                        + " never the UPN itself");
    }

    private @Nullable Problem blank(String value, int column, long line) {
        return value.isBlank() ? refusal(line, column, value, "must not be blank", null) : null;
    }

    private Problem refusal(long line, int column, String value, String rule, @Nullable Throwable cause) {
        String name = java.util.Objects.requireNonNull(layout).header[column];
        return (lineBase, lfBase) -> new PupilDataException(file, lineBase + line - 1, name, value, rule, cause);
    }

    /** {@link Character#isWhitespace} for an ASCII byte, as {@link String#strip()} uses it. */
    private static boolean isAsciiWhitespace(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    private boolean looksLikeUpn(int from) {
        if (!isAsciiLetter(buf[from])) {
            return false;
        }
        for (int i = from + 1; i < from + 12; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return false;
            }
        }
        byte last = buf[from + 12];
        return (last >= '0' && last <= '9') || isAsciiLetter(last);
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * A short plain decimal ({@code [+-]digits[.digits]}, surrounding ASCII whitespace, at most 15
     * digits) as {@code new BigDecimal(text).doubleValue()} gives it; NaN for anything else, which
     * the caller then parses with {@link BigDecimal}. Below 10¹⁵, so always within range.
     */
    private double plainDecimal(int from, int to) {
        while (from < to && isAsciiWhitespace(buf[from])) {
            from++;
        }
        while (to > from && isAsciiWhitespace(buf[to - 1])) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            byte c = buf[i];
            if (c >= '0' && c <= '9') {
                m = 10 * m + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        if (m == 0) {
            // BigDecimal has no negative zero.
            return 0.0;
        }
        double x = fraction > 0 ? m / POWERS_OF_TEN[fraction] : (double) m;
        return negative ? -x : x;
    }

    /** For tests: the value {@link #plainDecimal} gives for {@code text}, NaN when it declines. */
    static double plainDecimal(String text) {
        PupilByteReader r = new PupilByteReader(
                "", java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0])), false, 1);
        r.buf = text.getBytes(StandardCharsets.UTF_8);
        r.len = r.buf.length;
        return r.plainDecimal(0, r.len);
    }
}
