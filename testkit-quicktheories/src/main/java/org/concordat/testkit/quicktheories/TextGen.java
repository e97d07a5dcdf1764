package org.concordat.testkit.quicktheories;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Text and ids for plans: ids in the plan id format, and non-blank free text that includes what
 * trips YAML and JSON writers up (words YAML reads as booleans or null, numbers (YAML 1.1's hex, octal, sexagesimal and infinities among them), quotes, colons,
 * hashes, leading dashes, line breaks, tabs, pound signs, accents, emoji).
 */
public final class TextGen {
    private static final List<String> TRICKY = List.of(
            "yes",
            "no",
            "on",
            "off",
            "null",
            "~",
            "true",
            "False",
            "0123",
            "010",
            "0x1F",
            "0o17",
            "0b101",
            "1:30",
            "190:20:30",
            "1_000",
            ".inf",
            "-.Inf",
            ".nan",
            "Yes",
            "ON",
            "n",
            "1e3",
            "12.50",
            "- item",
            "key: value",
            "# not a comment",
            "'single'",
            "\"double\"",
            " leading space",
            "trailing space ",
            "two\nlines",
            "tab\there",
            "£15,000",
            "Ysgol y Bont",
            "Ørsted café",
            "rocket 🚀",
            "&anchor",
            "*alias",
            "!tag",
            "%directive",
            "@at",
            "`back`",
            "{a: 1}",
            "[1, 2]",
            "a\\b",
            "---",
            "...");
    private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._-";

    private TextGen() {}

    /** Non-blank text: tricky strings, and random printable Latin, Greek and symbol text. */
    public static Gen<String> texts() {
        Gen<String> random = SourceDSL.strings()
                .betweenCodePoints(0x20, 0x3FF)
                .ofLengthBetween(0, 30)
                .map(s -> "t" + s);
        return Generate.pick(TRICKY).mix(random, 60);
    }

    /** Ids in the plan format: 1 to 12 characters, first a letter or digit, then also '.', '_', '-'. */
    public static Gen<String> ids() {
        return in -> {
            Draw d = new Draw(in);
            int n = d.between(0, 11);
            StringBuilder b = new StringBuilder().append(ID_FIRST.charAt(d.between(0, ID_FIRST.length() - 1)));
            for (int i = 0; i < n; i++) {
                b.append(ID_REST.charAt(d.between(0, ID_REST.length() - 1)));
            }
            return b.toString();
        };
    }

    /** Ids made unique by a suffix: {@code base-index}. */
    static String unique(String base, int index) {
        return base + "-" + index;
    }
}
