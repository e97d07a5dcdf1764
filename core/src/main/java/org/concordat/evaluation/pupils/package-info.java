/**
 * Pupil-level data and the gaps between pupil groups: {@link
 * org.concordat.evaluation.pupils.PupilRecord}, the CSV layout read by {@link
 * org.concordat.evaluation.pupils.PupilCsv} (a record at a time, or in columnar batches of {@link
 * org.concordat.evaluation.pupils.PupilColumns} on several threads), the {@link
 * org.concordat.evaluation.pupils.PupilDataException} a bad file gives, and {@link
 * org.concordat.evaluation.pupils.GapAnalysis} with its results. Pupil-level rows stay here; only
 * aggregates leave. Depends on {@code org.concordat.evaluation.effects} and {@code
 * org.concordat.evaluation.disclosure}, never on the engine above.
 */
@NullMarked
package org.concordat.evaluation.pupils;

import org.jspecify.annotations.NullMarked;
