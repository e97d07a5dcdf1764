package org.concordat.testkit.quicktheories;

import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;

/** Small random edits of a document: what a hurried hand or a broken transfer does to a file. */
final class Mutations {
    private static final String ALPHABET = " \n\t:-[]{},\"'#&*!|>%@`0123456789abcxyzABC.\\/~£";

    private Mutations() {}

    /** One edit, at positions given as fractions of the text's length so it fits any text. */
    static Gen<UnaryOperator<String>> mutations() {
        return in -> {
            Draw d = new Draw(in);
            int kind = d.between(0, 4);
            int at = d.between(0, 10_000);
            int length = d.between(1, 40);
            char c = ALPHABET.charAt(d.between(0, ALPHABET.length() - 1));
            return text -> {
                int i = text.isEmpty() ? 0 : (int) ((long) at * text.length() / 10_001);
                int j = Math.min(text.length(), i + length);
                switch (kind) {
                    case 0:
                        return text.substring(0, i) + text.substring(j);
                    case 1:
                        return text.substring(0, i) + c + text.substring(i);
                    case 2:
                        return text.substring(0, i) + c + text.substring(Math.min(text.length(), i + 1));
                    case 3:
                        return text.substring(0, i) + text.substring(i, j) + text.substring(i);
                    default:
                        return text.substring(0, i);
                }
            };
        };
    }
}
