package org.concordat.event;

import org.concordat.evaluation.ProgressStatus;
import org.concordat.spi.report.RagStatus;

/**
 * The one place where Concordat's status vocabularies meet. There are three, and each exists for a
 * reason:
 *
 * <ul>
 *   <li>{@link ProgressStatus}: where one measure's finding stands against its trajectory, in five
 *       steps. It alone tells {@link ProgressStatus#ACHIEVED achieved} (the final target is met)
 *       from {@link ProgressStatus#ON_TRACK on track} (the trajectory is), which a finding needs.
 *   <li>{@link ObjectiveStatus}: the roll-up of an objective's partnership-wide findings (the worst
 *       of them), and the vocabulary of the {@code objective.status} event that receivers depend on.
 *       An objective is never "achieved" while any measure is only on track, so it has no such
 *       value; "not judged" says that no measure had data.
 *   <li>{@link RagStatus}: the red–amber–green colour a report shows beside a figure. It lives in
 *       the SPI because renderers must not know the domain; it is the only colour scale (core once
 *       had its own {@code Rag}, the same four values under other names).
 * </ul>
 *
 * <p>Every mapping between them is here, total over its source (a new status fails to compile
 * until it is mapped).
 */
public final class StatusMapping {
    private StatusMapping() {}

    /**
     * The objective status a measure's progress stands for: achieved and on track are both on
     * track; no data is not judged.
     */
    public static ObjectiveStatus objective(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> ObjectiveStatus.ON_TRACK;
            case AT_RISK -> ObjectiveStatus.AT_RISK;
            case OFF_TRACK -> ObjectiveStatus.OFF_TRACK;
            case NO_DATA -> ObjectiveStatus.NOT_JUDGED;
        };
    }

    /**
     * The colour of a measure's progress, as UK public-sector reports show it: green when achieved
     * or on track, amber at risk, red off track, none (grey) without data.
     */
    public static RagStatus rag(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> RagStatus.GREEN;
            case AT_RISK -> RagStatus.AMBER;
            case OFF_TRACK -> RagStatus.RED;
            case NO_DATA -> RagStatus.NONE;
        };
    }

    /** The colour of an objective's status; the same as that of any progress status it stands for. */
    public static RagStatus rag(ObjectiveStatus status) {
        return switch (status) {
            case ON_TRACK -> RagStatus.GREEN;
            case AT_RISK -> RagStatus.AMBER;
            case OFF_TRACK -> RagStatus.RED;
            case NOT_JUDGED -> RagStatus.NONE;
        };
    }
}
