package org.concordat.internal.base;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks for the stable string ids that plans use to refer to their parts ({@code urn-100000},
 * {@code O1}, {@code A12}): short, readable inside a JSON Pointer, unique inside one collection.
 */
public final class Ids {
    /** 1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {}

    /**
     * Returns {@code id} when it has the id format.
     *
     * @throws IllegalArgumentException naming the field, the id and the format
     */
    public static String require(String field, String id) {
        if (!FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException(Checks.describe(
                    field,
                    id,
                    "an id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        return id;
    }

    /**
     * Checks each id in {@code ids} with {@link #require}.
     *
     * @throws IllegalArgumentException naming the field and the first bad id
     */
    public static void requireAll(String field, Collection<String> ids) {
        for (String id : ids) {
            require(field, id);
        }
    }

    /**
     * Refuses a collection in which two elements share an id.
     *
     * @throws IllegalArgumentException naming the collection and the repeated id
     */
    public static <T> void requireUnique(String field, Collection<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (!seen.add(key)) {
                throw new IllegalArgumentException(
                        Checks.describe(field, key, "appears more than once; each must be unique"));
            }
        }
    }
}
