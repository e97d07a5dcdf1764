package org.concordat.postgres.internal;

import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;

/**
 * Checks that text can be stored in PostgreSQL as given. A Java string may hold an unpaired
 * surrogate, which has no UTF-8 form: the driver would write a replacement character instead, so
 * two different ids could become one record. Such text is refused rather than changed.
 */
final class Text {
    private Text() {}

    static void check(RecordKey key) {
        check("RecordKey id", key.id());
    }

    static void check(IndexTerm term) {
        check("IndexTerm value", term.value());
    }

    static void check(RecordKey key, RecordDraft draft) {
        check(key);
        check("RecordDraft author", draft.author());
        for (IndexTerm term : draft.indexTerms()) {
            check(term);
        }
    }

    private static void check(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " \"" + shown(value) + "\": holds an unpaired surrogate"
                        + " (at index " + i + "), which is not Unicode text and which PostgreSQL cannot store");
            }
        }
    }

    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(value.length(), 60); i++) {
            char c = value.charAt(i);
            out.append(Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > 60 ? out + "..." : out.toString();
    }
}
