/**
 * Identifiers of schools, colleges, pupils and learners in England, and UK postcodes.
 *
 * <p>Each identifier is an immutable value in the style of {@code java.time}: {@code parse}
 * trims and normalises text and throws {@link org.concordat.school.InvalidIdentifierException}
 * naming the kind, the value and the rule broken; {@code isValid} agrees with {@code parse};
 * {@code toString} gives the canonical form, which {@code parse} reads back to an equal value.
 * Formats, checks and what must not be inferred from the digits are described in
 * {@code docs/identifiers.md}.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.school;
