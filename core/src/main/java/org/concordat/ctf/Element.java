package org.concordat.ctf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element kept from a CTF, by local name, with its text and kept children: a small tree of one
 * {@code Pupil} or the {@code Header}, holding only the elements the reader asked for.
 */
final class Element {
    private final String name;
    private final long line;
    private final StringBuilder text = new StringBuilder();
    private final List<Element> children = new ArrayList<>();

    Element(String name, long line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    long line() {
        return line;
    }

    void append(String chunk) {
        text.append(chunk);
    }

    int textLength() {
        return text.length();
    }

    void add(Element child) {
        children.add(child);
    }

    /** The text, stripped of surrounding whitespace. */
    String text() {
        return text.toString().strip();
    }

    /** The first child of this name. */
    Optional<Element> child(String childName) {
        for (Element c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every child of this name, in file order. */
    List<Element> children(String childName) {
        List<Element> found = new ArrayList<>();
        for (Element c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The stripped text of the first child of this name, when present and not blank. */
    Optional<String> text(String childName) {
        return child(childName).map(Element::text).filter(t -> !t.isEmpty());
    }
}
