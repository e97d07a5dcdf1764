package org.concordat.ctf;

import java.util.Objects;

/**
 * Why one pupil of a Common Transfer File could not be read: the element (by local name, e.g.
 * {@code UPN} or {@code SENprovision}) and the rule it breaks. A value is quoted only when it is a
 * short code that identifies nobody (a sex, SEN provision or NC year code); a UPN, name or date is
 * never quoted, so problems can be printed and logged.
 *
 * @param element the local name of the element, e.g. {@code UPN}
 * @param rule what is wrong, e.g. {@code not a valid UPN: wrong check letter}
 */
public record CtfProblem(String element, String rule) {
    /** Refuses nothing but nulls. */
    public CtfProblem {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@code ELEMENT: RULE}. */
    @Override
    public String toString() {
        return element + ": " + rule;
    }
}
