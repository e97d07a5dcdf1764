package org.concordat.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two text formats a plan is written in, told apart by file extension. */
public enum PlanFormat {
    /** JSON, extension {@code .json}. */
    JSON,
    /** YAML, extension {@code .yaml} or {@code .yml}. */
    YAML;

    /**
     * The format of {@code file} from its extension, ignoring case.
     *
     * @throws IllegalArgumentException naming the file when the extension is none of {@code .json},
     *     {@code .yaml}, {@code .yml}
     */
    public static PlanFormat of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        throw new IllegalArgumentException(
                "plan file \"" + file + "\": expected the extension .json, .yaml or .yml to choose the format");
    }
}
