package org.concordat.gias;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with a decoder that reports, never replaces, what is not text in the charset, and
 * says on which line the bad byte is: a GIAS name must never silently become U+FFFD.
 */
final class StrictReader extends Reader {
    /** A byte sequence that is not text in the file's encoding, with its line. */
    static final class BadBytesException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final String bytes;

        BadBytesException(long line, String bytes) {
            super("line " + line + ": bytes " + bytes);
            this.line = line;
            this.bytes = bytes;
        }

        long line() {
            return line;
        }

        String bytes() {
            return bytes;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean eof;
    private boolean flushed;
    private long line = 1;

    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\n') {
                line++;
            }
        }
        return n;
    }

    /** Decodes more characters; false at the end of input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) {
                    return false;
                }
                if (!eof && bytes.remaining() < 4) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    StringBuilder hex = new StringBuilder();
                    for (int i = 0; i < r.length(); i++) {
                        hex.append(i == 0 ? "" : " ")
                                .append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xff));
                    }
                    throw new BadBytesException(line + linesIn(chars), hex.toString());
                }
                if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                }
            }
        } finally {
            chars.flip();
        }
        return true;
    }

    /** Line feeds already decoded into {@code chars} but not yet handed out. */
    private static long linesIn(CharBuffer chars) {
        long n = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
