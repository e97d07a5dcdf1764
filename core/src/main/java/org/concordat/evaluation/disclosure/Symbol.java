package org.concordat.evaluation.disclosure;

/**
 * The symbols DfE statistics print in place of a figure, following the GSS standard (DfE
 * Analytical Services open data standards, "Data symbols"; shared reference uk-school-data.md §5).
 * A suppressed or low value is never printed as 0: 0 means a true zero.
 */
public enum Symbol {
    /** {@code c}: confidential, suppressed to protect individuals. */
    CONFIDENTIAL("c"),
    /** {@code x}: unavailable for other reasons, e.g. not collected. */
    UNAVAILABLE("x"),
    /** {@code z}: not applicable, e.g. boys at an all-girls school. */
    NOT_APPLICABLE("z"),
    /** {@code low}: rounds to 0 but is not 0 (DfE allows {@code k} where "low" reads badly). */
    LOW("low"),
    /** {@code u}: low reliability. */
    LOW_RELIABILITY("u");

    private final String code;

    Symbol(String code) {
        this.code = code;
    }

    /** The symbol as printed: {@code c}, {@code x}, {@code z}, {@code low} or {@code u}. */
    public String code() {
        return code;
    }
}
