package org.concordat.gias;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of a GIAS extract. DfE publishes the extract in Windows-1252; a file
 * re-saved by a spreadsheet may be UTF-8, which a byte-order mark announces. Bytes that are not
 * text in the chosen encoding are refused, never replaced.
 */
public enum GiasEncoding {
    /** UTF-8 when the file starts with its byte-order mark, Windows-1252 otherwise. */
    DETECT,
    /** Windows-1252 (the extract's usual encoding; byte 0x92 is the curly apostrophe). */
    WINDOWS_1252,
    /** UTF-8, with or without a byte-order mark. */
    UTF_8;

    Charset charset(boolean utf8Bom) {
        return switch (this) {
            case DETECT -> utf8Bom ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            case WINDOWS_1252 -> Charset.forName("windows-1252");
            case UTF_8 -> StandardCharsets.UTF_8;
        };
    }
}
