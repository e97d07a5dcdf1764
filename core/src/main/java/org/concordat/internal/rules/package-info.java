/**
 * The built-in rules behind {@code org.concordat.rules.Rulebooks}, one class per area of the plan.
 * Internal: adopters reach them through the rulebooks and the codes in {@code
 * org.concordat.rules.Codes}.
 */
@NullMarked
package org.concordat.internal.rules;

import org.jspecify.annotations.NullMarked;
