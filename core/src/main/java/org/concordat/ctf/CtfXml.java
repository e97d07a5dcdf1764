package org.concordat.ctf;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A hardened StAX cursor over a CTF: no DTD (a DOCTYPE stops the read), no entity but XML's five
 * predefined ones, no external resource of any kind, and limits on size, nesting and text, each
 * breach a {@link CtfFormatException} with its line and column. Elements are matched by local
 * name, so a namespace (declared or not in a future CTF) changes nothing.
 */
final class CtfXml implements AutoCloseable {
    /** The most elements kept for one pupil or header: far beyond any real pupil's assessments. */
    static final int MAX_KEPT = 100_000;

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final Limited in;
    private final int maxDepth;
    private final int maxText;
    private int depth;

    CtfXml(InputStream stream, CtfOptions options) {
        this.in = new Limited(stream, options.maxBytes());
        this.maxDepth = options.maxDepth();
        this.maxText = options.maxText();
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw refused(e);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, configured once.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // The parser's own reporter prints to System.err; every problem is reported by exception instead.
        f.setXMLReporter((message, type, info, location) -> {});
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("an external resource is refused: a CTF is one self-contained file");
        });
        return f;
    }

    /**
     * The next event that matters: a start or end element, or the end of the document. Text is
     * skipped here (it is read by {@link #keep}); a DOCTYPE, an entity reference or nesting deeper
     * than the limit stops the read.
     */
    int next() {
        while (true) {
            int event = advance();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT,
                        XMLStreamConstants.END_ELEMENT,
                        XMLStreamConstants.END_DOCUMENT -> {
                    return event;
                }
                default -> {
                    // Text, comments, processing instructions and whitespace between elements.
                }
            }
        }
    }

    /** The local name of the current start or end element. */
    String name() {
        return xml.getLocalName();
    }

    long line() {
        return Math.max(0, xml.getLocation().getLineNumber());
    }

    /**
     * Reads the element whose start the cursor is on, keeping only the descendants {@code keep}
     * accepts (paths relative to it, {@code a/b}): a path listed is kept with everything below it;
     * a path leading to one listed is kept as structure. Everything else is read past and dropped
     * as it streams, so it never reaches memory. Leaves the cursor on the element's end.
     */
    Element keep(Set<String> keep) {
        Element root = new Element(name(), line());
        Deque<Element> open = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        open.push(root);
        paths.push("");
        Deque<Boolean> textKept = new ArrayDeque<>();
        textKept.push(false);
        int kept = 1;
        int skipping = 0;
        while (true) {
            int event = advance();
            if (skipping > 0) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    skipping++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    skipping--;
                }
                continue;
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String parent = paths.peek();
                    String path = parent.isEmpty() ? xml.getLocalName() : parent + "/" + xml.getLocalName();
                    boolean whole = textKept.peek() || keep.contains(path);
                    if (whole || leadsTo(keep, path)) {
                        if (++kept > MAX_KEPT) {
                            throw refused("more than " + MAX_KEPT + " elements in one " + root.name());
                        }
                        Element child = new Element(xml.getLocalName(), line());
                        open.peek().add(child);
                        open.push(child);
                        paths.push(path);
                        textKept.push(whole);
                    } else {
                        skipping = 1;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (textKept.peek()) {
                        Element e = open.peek();
                        if (e.textLength() + xml.getTextLength() > maxText) {
                            throw refused("the text of " + e.name() + " is longer than " + maxText + " characters");
                        }
                        e.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open.pop();
                    paths.pop();
                    textKept.pop();
                    if (open.isEmpty()) {
                        return root;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw refused("the file ends inside " + root.name());
                default -> {
                    // Comments and processing instructions carry nothing to keep.
                }
            }
        }
    }

    /** Reads past the element whose start the cursor is on, leaving the cursor on its end. */
    void skip() {
        int open = 1;
        while (open > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            } else {
                throw refused("the file ends inside an element");
            }
        }
    }

    private static boolean leadsTo(Set<String> keep, String path) {
        String prefix = path + "/";
        for (String k : keep) {
            if (k.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One raw event, with the hardening checks and the depth count. */
    private int advance() {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw refused(e);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser reports some malformed input (and our size limit) as unchecked exceptions.
            if (e.getCause() instanceof Limited.TooLarge tooLarge) {
                throw refused(tooLarge.getMessage());
            }
            throw refused("not well-formed XML (" + e.getClass().getSimpleName() + ")");
        }
        switch (event) {
            case XMLStreamConstants.DTD ->
                throw refused(
                        "a DOCTYPE is refused: a CTF has no document type declaration, and one could define entities"
                                + " that read other files or expand without end");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw refused("an entity reference (&" + abbreviate(xml.getLocalName())
                        + ";) is refused: a CTF uses only XML's predefined entities");
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > maxDepth) {
                    throw refused("elements nested more than " + maxDepth + " deep");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
                // Nothing to check.
            }
        }
        return event;
    }

    CtfFormatException refused(String message) {
        return located(xml.getLocation(), message);
    }

    private CtfFormatException refused(XMLStreamException e) {
        if (e.getNestedException() instanceof IOException io) {
            if (io instanceof Limited.TooLarge tooLarge) {
                return refused(tooLarge.getMessage());
            }
            if (io instanceof CharConversionException) {
                // The parser reports bytes that are not text in the file's encoding as an I/O error.
                return located(
                        e.getLocation(),
                        "bytes that are not text in the file's encoding ("
                                + abbreviate(String.valueOf(io.getMessage()))
                                + "); a CTF is UTF-8 unless its XML declaration"
                                + " says otherwise");
            }
            throw new UncheckedIOException("cannot read the CTF: " + io.getMessage(), io);
        }
        Location at = e.getLocation();
        String message = String.valueOf(e.getMessage());
        int m = message.indexOf("Message: ");
        message = m >= 0 ? message.substring(m + "Message: ".length()) : message;
        return located(at, "not well-formed XML: " + abbreviate(message.strip()));
    }

    /** Without a location (an end of file inside a DOCTYPE), the line is the last one read. */
    private CtfFormatException located(@Nullable Location at, String message) {
        if (at == null || at.getLineNumber() <= 0) {
            return new CtfFormatException(in.lines(), 0, message);
        }
        return new CtfFormatException(at.getLineNumber(), Math.max(0, at.getColumnNumber()), message);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 200 ? one : one.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing the parser releases nothing of ours; the stream is closed next.
        }
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the CTF: " + e.getMessage(), e);
        }
    }

    /** Stops reading past a byte limit, with an exception the reader turns into a refusal. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;
        private long newlines;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                newlines += b == '\n' ? 1 : 0;
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(b, off, n);
            }
            return n;
        }

        /** The line the bytes read so far end on, from 1. */
        long lines() {
            return newlines + 1;
        }

        private void count(byte[] b, int off, int n) throws TooLarge {
            for (int i = off; i < off + n; i++) {
                if (b[i] == '\n') {
                    newlines++;
                }
            }
            count(n);
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge("the file is larger than " + max + " bytes, the limit set for CTF files");
            }
        }

        /** The file passed the byte limit. */
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;

            TooLarge(String message) {
                super(message);
            }
        }
    }
}
