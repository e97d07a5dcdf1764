package org.concordat.spi;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A labelled link in a {@link Notification}, e.g. "Review the agreement" pointing at the MIS page.
 * Only absolute {@code https}, {@code http} and {@code mailto} links are accepted, so a message can
 * never carry a {@code javascript:} or {@code file:} link.
 *
 * @param label the text to show, at most 200 characters, one line
 * @param uri where it points
 */
public record Link(String label, URI uri) {
    private static final Set<String> SCHEMES = Set.of("https", "http", "mailto");

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException when the label is blank, too long or multi-line, or the URI
     *     is relative or has another scheme
     */
    public Link {
        label = Texts.singleLine("Link label", label, 200);
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme();
        if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(Texts.describe(
                    "Link uri", Texts.abbreviate(uri.toString()), "must be an absolute https, http or mailto URI"));
        }
    }

    /** A link from its parts; see the record description for what is refused. */
    public static Link of(String label, URI uri) {
        return new Link(label, uri);
    }

    /**
     * A link from a label and URI text.
     *
     * @throws IllegalArgumentException when the text is not a URI, or as {@link #Link}
     */
    public static Link of(String label, String uri) {
        return new Link(label, URI.create(Objects.requireNonNull(uri, "uri")));
    }
}
