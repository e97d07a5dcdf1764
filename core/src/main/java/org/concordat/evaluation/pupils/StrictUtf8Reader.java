package org.concordat.evaluation.pupils;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, naming the line of the first bad byte: a pupil file
 * exported as Windows-1252 would otherwise turn every accented letter into U+FFFD, so ids that
 * differ only in that letter would silently become one. Drops a leading byte-order mark. Reads the
 * stream once, so a pipe works.
 */
final class StrictUtf8Reader extends Reader {
    /** The bytes at {@link #line()} are not UTF-8. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        NotUtf8Exception(long line) {
            super("line " + line + ": bytes that are not UTF-8");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long line = 1;
    private boolean eof;
    private boolean started;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (needInput && !eof) {
                fill();
                needInput = false;
            }
            int from = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            countLines(from, bytes.position());
            if (r.isError()) {
                throw new NotUtf8Exception(line);
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    done = true;
                    if (out.position() == off) {
                        return -1;
                    }
                    break;
                }
                needInput = true;
            }
        }
        int read = out.position() - off;
        if (!started) {
            started = true;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, read - 1);
                return read == 1 ? read(cbuf, off, len) : read - 1;
            }
        }
        return read;
    }

    private boolean needInput = true;
    private boolean done;

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                line++;
            }
        }
    }

    /** Keeps undecoded bytes (a character split across reads) and reads more after them. */
    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
