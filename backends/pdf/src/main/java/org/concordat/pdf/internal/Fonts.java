package org.concordat.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font shipped in this jar, Liberation Sans 2 regular and bold (SIL Open Font Licence 1.1, in {@code
 * fonts/LICENSE-Liberation-OFL.txt} beside them). Read once, when the class loads, into byte arrays that
 * nothing writes to again; every rendering reads them through its own stream, so renderings on
 * many threads share the bytes without locking.
 */
final class Fonts {
    /** The CSS family name the renderer's stylesheet asks for. */
    static final String FAMILY = "Liberation Sans";

    private static final byte[] REGULAR = read("fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("fonts/LiberationSans-Bold.ttf");

    private Fonts() {}

    static InputStream regular() {
        return new ByteArrayInputStream(REGULAR);
    }

    static InputStream bold() {
        return new ByteArrayInputStream(BOLD);
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the concordat-pdf jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading font " + name + " from the concordat-pdf jar", e);
        }
    }
}
