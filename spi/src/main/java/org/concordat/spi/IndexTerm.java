package org.concordat.spi;

import java.util.regex.Pattern;

/**
 * A name and value under which a record can be found with {@link RecordStore#find}, written
 * {@code name=value}, e.g. {@code urn=100000} or {@code member=10012345}.
 *
 * <p>The name is a lowercase letter followed by up to 62 lowercase letters, digits, {@code -},
 * {@code _} or {@code .}; the value is 1 to {@value #MAX_VALUE_LENGTH} characters (UTF-16 code units)
 * without control characters. Matching is exact (case-sensitive).
 *
 * <p>The value limit is small enough that a term fits in a database index key with room to spare:
 * 200 characters are at most 800 bytes in UTF-8, within PostgreSQL's B-tree entry limit (about 2700
 * bytes), MySQL InnoDB's 3072-byte index prefix, and SQL Server's 1700-byte nonclustered key together
 * with a record type and a term name.
 *
 * @param name what the value is, e.g. {@code urn}
 * @param value the value, e.g. {@code 100000}
 */
public record IndexTerm(String name, String value) implements Comparable<IndexTerm> {
    /** Longest value accepted, in UTF-16 code units (512 in earlier builds). */
    public static final int MAX_VALUE_LENGTH = 200;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,62}");

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException when the name does not match the pattern above or the value is
     *     blank, too long or holds a control character
     */
    public IndexTerm {
        Texts.nonBlank("IndexTerm name", name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(Texts.describe(
                    "IndexTerm name",
                    Texts.abbreviate(name),
                    "must be a lowercase letter then up to 62 lowercase letters, digits, '.', '-' or '_'"));
        }
        value = Texts.singleLine("IndexTerm value", value, MAX_VALUE_LENGTH);
    }

    /** A term from its parts; see the class description for what is refused. */
    public static IndexTerm of(String name, String value) {
        return new IndexTerm(name, value);
    }

    /**
     * A term read back from storage, which may have been written under the earlier limit of 512
     * characters: a longer value is cut to {@link #MAX_VALUE_LENGTH} (never between the two halves
     * of a surrogate pair), so an old version stays readable. Stores use it when they rebuild terms
     * they stored; everything else uses {@link #of}.
     *
     * @throws IllegalArgumentException when the name is malformed or the value is blank or holds a
     *     control character
     */
    public static IndexTerm fromStored(String name, String value) {
        return new IndexTerm(name, cut(value));
    }

    /**
     * {@code value} cut to at most {@link #MAX_VALUE_LENGTH} code units, never between the two halves
     * of a surrogate pair; unchanged when it is short enough. For writers that index free text.
     */
    public static String cut(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = MAX_VALUE_LENGTH;
        if (Character.isHighSurrogate(value.charAt(end - 1)) && Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        return value.substring(0, end);
    }

    /**
     * Reads {@code name=value}; the value is everything after the first {@code =}.
     *
     * @throws IllegalArgumentException when there is no {@code =} or either part is malformed
     */
    public static IndexTerm parse(CharSequence text) {
        String s = text.toString();
        int eq = s.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException(
                    Texts.describe("IndexTerm", Texts.abbreviate(s), "should read name=value"));
        }
        return new IndexTerm(s.substring(0, eq), s.substring(eq + 1));
    }

    /** Orders by name, then value. */
    @Override
    public int compareTo(IndexTerm other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : value.compareTo(other.value);
    }

    /** {@code name=value}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return name + "=" + value;
    }
}
