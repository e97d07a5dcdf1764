package org.concordat.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.concordat.evaluation.ProgressStatus;
import org.concordat.spi.report.RagStatus;
import org.junit.jupiter.api.Test;

/** Every status of every vocabulary maps, and the mappings agree with each other. */
class StatusMappingTest {
    @Test
    void every_progress_status_has_its_objective_status() {
        Map<ProgressStatus, ObjectiveStatus> expected = new EnumMap<>(ProgressStatus.class);
        expected.put(ProgressStatus.ACHIEVED, ObjectiveStatus.ON_TRACK);
        expected.put(ProgressStatus.ON_TRACK, ObjectiveStatus.ON_TRACK);
        expected.put(ProgressStatus.AT_RISK, ObjectiveStatus.AT_RISK);
        expected.put(ProgressStatus.OFF_TRACK, ObjectiveStatus.OFF_TRACK);
        expected.put(ProgressStatus.NO_DATA, ObjectiveStatus.NOT_JUDGED);

        assertThat(expected).containsOnlyKeys(ProgressStatus.values());
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(StatusMapping.objective(s)).as(s.name()).isEqualTo(expected.get(s));
        }
    }

    @Test
    void every_progress_status_has_its_colour() {
        Map<ProgressStatus, RagStatus> expected = new EnumMap<>(ProgressStatus.class);
        expected.put(ProgressStatus.ACHIEVED, RagStatus.GREEN);
        expected.put(ProgressStatus.ON_TRACK, RagStatus.GREEN);
        expected.put(ProgressStatus.AT_RISK, RagStatus.AMBER);
        expected.put(ProgressStatus.OFF_TRACK, RagStatus.RED);
        expected.put(ProgressStatus.NO_DATA, RagStatus.NONE);

        assertThat(expected).containsOnlyKeys(ProgressStatus.values());
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(StatusMapping.rag(s)).as(s.name()).isEqualTo(expected.get(s));
        }
    }

    @Test
    void every_objective_status_has_its_colour() {
        Map<ObjectiveStatus, RagStatus> expected = new EnumMap<>(ObjectiveStatus.class);
        expected.put(ObjectiveStatus.ON_TRACK, RagStatus.GREEN);
        expected.put(ObjectiveStatus.AT_RISK, RagStatus.AMBER);
        expected.put(ObjectiveStatus.OFF_TRACK, RagStatus.RED);
        expected.put(ObjectiveStatus.NOT_JUDGED, RagStatus.NONE);

        assertThat(expected).containsOnlyKeys(ObjectiveStatus.values());
        for (ObjectiveStatus s : ObjectiveStatus.values()) {
            assertThat(StatusMapping.rag(s)).as(s.name()).isEqualTo(expected.get(s));
        }
    }

    @Test
    void a_measure_and_the_objective_it_stands_for_show_the_same_colour() {
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(StatusMapping.rag(StatusMapping.objective(s)))
                    .as(s.name())
                    .isEqualTo(StatusMapping.rag(s));
        }
    }

    @Test
    void every_colour_is_reached_and_an_objective_needs_attention_exactly_when_amber_or_red() {
        assertThat(java.util.Arrays.stream(ProgressStatus.values()).map(StatusMapping::rag))
                .containsOnly(RagStatus.values());
        for (ObjectiveStatus s : ObjectiveStatus.values()) {
            RagStatus colour = StatusMapping.rag(s);
            assertThat(s.needsAttention()).as(s.name()).isEqualTo(colour == RagStatus.AMBER || colour == RagStatus.RED);
        }
    }
}
