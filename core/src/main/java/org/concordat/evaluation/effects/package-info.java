/**
 * Effect sizes, surveys and the strength of evidence: summaries of a group's values ({@link
 * org.concordat.evaluation.effects.Summary}, {@link org.concordat.evaluation.effects.RunningStats}),
 * {@link org.concordat.evaluation.effects.HedgesG} and {@link
 * org.concordat.evaluation.effects.MonthsProgress}, Likert survey tallies and agreement rates, and
 * the {@link org.concordat.evaluation.effects.Evidence} a finding carries. Depends only on
 * disclosure control ({@code org.concordat.evaluation.disclosure}).
 */
@NullMarked
package org.concordat.evaluation.effects;

import org.jspecify.annotations.NullMarked;
