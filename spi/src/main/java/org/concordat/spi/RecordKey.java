package org.concordat.spi;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one record in a {@link RecordStore}: a type (what kind of record, e.g. {@code plan})
 * and an id unique within that type. Every version of the record shares the key.
 *
 * <p>The type is short and safe to use as a table value or directory name: a lowercase letter
 * followed by up to 62 lowercase letters, digits, {@code -} or {@code _}. The id is any text of 1
 * to 256 characters without control characters; backends must encode it before using it in a
 * file name or URL, never trust it as a path.
 *
 * @param type the record type, e.g. {@code plan}
 * @param id the id within the type, e.g. {@code P-2026-001}
 */
public record RecordKey(String type, String id) implements Comparable<RecordKey>, Serializable {
    /** Longest id accepted, in UTF-16 characters. */
    public static final int MAX_ID_LENGTH = 256;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException when the type does not match the pattern above or the id is
     *     blank, too long or holds a control character
     */
    public RecordKey {
        type = checkType(type);
        id = Texts.singleLine("RecordKey id", id, MAX_ID_LENGTH);
    }

    /**
     * A key from its parts.
     *
     * @throws IllegalArgumentException when either part is malformed (see the class description)
     */
    public static RecordKey of(String type, String id) {
        return new RecordKey(type, id);
    }

    /**
     * Checks a record type on its own, e.g. before {@link RecordStore#keys(String)}.
     *
     * @return the type unchanged
     * @throws IllegalArgumentException when it does not match {@code [a-z][a-z0-9_-]{0,62}}
     */
    public static String checkType(String type) {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException(Texts.describe(
                    "RecordKey type",
                    Texts.abbreviate(type),
                    "must be a lowercase letter then up to 62 lowercase letters, digits, '-' or '_'"));
        }
        return type;
    }

    /** Orders by type, then id (by UTF-16 code unit, as {@link String#compareTo}). */
    @Override
    public int compareTo(RecordKey other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }

    /** {@code type/id}, for messages. */
    @Override
    public String toString() {
        return type + "/" + id;
    }
}
