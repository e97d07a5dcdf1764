/**
 * Disclosure control: which figures may be published, decided in one place before anything is
 * rendered. {@link org.concordat.evaluation.disclosure.DisclosurePolicy} holds the thresholds and
 * rounding; {@link org.concordat.evaluation.disclosure.LinkedTables} and {@link
 * org.concordat.evaluation.disclosure.DisclosureControl} apply primary and secondary suppression
 * across every figure published together; a {@link org.concordat.evaluation.disclosure.Figure} is
 * a value or the {@link org.concordat.evaluation.disclosure.Symbol} shown in its place. Depends on
 * nothing else of the evaluation.
 */
@NullMarked
package org.concordat.evaluation.disclosure;

import org.jspecify.annotations.NullMarked;
