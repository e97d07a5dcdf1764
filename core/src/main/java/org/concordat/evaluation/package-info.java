/**
 * Evaluation: whether a partnership is on track and what the evidence says. Streaming, mergeable
 * statistics ({@link org.concordat.evaluation.effects.Summary}), effect sizes ({@link
 * org.concordat.evaluation.effects.HedgesG}, {@link org.concordat.evaluation.effects.MonthsProgress}), survey
 * agreement, gaps between pupil groups, progress against target, disclosure control and the
 * strength of evidence behind every finding.
 *
 * <p>Every aggregation over pupil records keeps memory proportional to the number of groups, never
 * to the number of pupils, and its partial results merge associatively and commutatively, so the
 * same code runs on one thread, in a parallel stream or over shards in a distributed engine.
 * Methods, formulas and sources are in {@code docs/evaluation.md}.
 *
 * <p>This package holds the engine and its findings; pupil data and gaps are in {@code
 * org.concordat.evaluation.pupils}, effect sizes, surveys and evidence in {@code
 * org.concordat.evaluation.effects}, and disclosure control in {@code
 * org.concordat.evaluation.disclosure} (docs/architecture.md).
 */
@NullMarked
package org.concordat.evaluation;

import org.jspecify.annotations.NullMarked;
