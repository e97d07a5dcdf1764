package org.concordat.school;

/**
 * Thrown when text or numbers do not make a valid identifier. The message names the kind of
 * identifier, the value as given and the rule broken, for example {@code UPN "A12345678901B":
 * check letter should be 'H'}.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind of identifier, e.g. {@code "UPN"}. */
    private final String kind;

    /** The value as it was given, before trimming or normalising. */
    private final String value;

    /** The rule broken, without the kind or value. */
    private final String rule;

    /**
     * Creates the exception with the message {@code kind "value": rule}.
     *
     * @param kind the kind of identifier, e.g. {@code "UPN"}
     * @param value the value as given
     * @param rule the rule broken, e.g. {@code "check letter should be 'H'"}
     */
    public InvalidIdentifierException(String kind, String value, String rule) {
        super(kind + " \"" + value + "\": " + rule);
        this.kind = kind;
        this.value = value;
        this.rule = rule;
    }

    /** Returns the kind of identifier that was refused, e.g. {@code "UPN"} or {@code "postcode"}. */
    public String kind() {
        return kind;
    }

    /** Returns the refused value exactly as it was given (not trimmed or normalised). */
    public String value() {
        return value;
    }

    /**
     * Returns the rule broken, e.g. {@code "check letter should be 'H'"}: the message without the
     * kind and the value, for callers that must not repeat a personal value.
     */
    public String rule() {
        return rule;
    }
}
