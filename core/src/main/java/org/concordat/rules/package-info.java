/**
 * Plan validity: {@link org.concordat.rules.Rule rules} with stable codes judge a {@link
 * org.concordat.plan.PartnershipPlan} and report every {@link org.concordat.rules.Violation} at
 * once; {@link org.concordat.rules.Rulebook rulebooks} compose them; {@link
 * org.concordat.rules.Rulebooks#named(String)} finds the built-in {@code dfe-guidance} and {@code
 * stem-partnership} rulebooks and those contributed by a {@link
 * org.concordat.rules.RulebookProvider}.
 */
@NullMarked
package org.concordat.rules;

import org.jspecify.annotations.NullMarked;
