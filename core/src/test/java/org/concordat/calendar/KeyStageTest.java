package org.concordat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyStageTest {
    @Test
    void groups_the_year_groups_as_the_national_curriculum_does() {
        assertThat(KeyStage.EYFS.yearGroups()).containsExactly(YearGroup.NURSERY, YearGroup.RECEPTION);
        assertThat(KeyStage.KS1.yearGroups()).containsExactly(YearGroup.YEAR_1, YearGroup.YEAR_2);
        assertThat(KeyStage.KS2.yearGroups())
                .containsExactly(YearGroup.YEAR_3, YearGroup.YEAR_4, YearGroup.YEAR_5, YearGroup.YEAR_6);
        assertThat(KeyStage.KS3.yearGroups()).containsExactly(YearGroup.YEAR_7, YearGroup.YEAR_8, YearGroup.YEAR_9);
        assertThat(KeyStage.KS4.yearGroups()).containsExactly(YearGroup.YEAR_10, YearGroup.YEAR_11);
        assertThat(KeyStage.KS5.yearGroups()).containsExactly(YearGroup.YEAR_12, YearGroup.YEAR_13);
    }

    @Test
    void every_year_group_is_in_exactly_one_key_stage_in_order() {
        List<YearGroup> all = new ArrayList<>();
        for (KeyStage stage : KeyStage.values()) {
            all.addAll(stage.yearGroups());
            for (YearGroup group : stage.yearGroups()) {
                assertThat(KeyStage.of(group)).isEqualTo(stage);
            }
        }
        assertThat(all).containsExactly(YearGroup.values());
    }

    @Test
    void names_key_stages_for_prose() {
        assertThat(KeyStage.EYFS.displayName()).isEqualTo("Early years foundation stage");
        assertThat(KeyStage.KS2.displayName()).isEqualTo("Key stage 2");
    }

    @Test
    void parses_codes_and_names_in_any_case() {
        assertThat(KeyStage.parse("KS2")).isEqualTo(KeyStage.KS2);
        assertThat(KeyStage.parse("ks4")).isEqualTo(KeyStage.KS4);
        assertThat(KeyStage.parse(" key  stage 1 ")).isEqualTo(KeyStage.KS1);
        assertThat(KeyStage.parse("eyfs")).isEqualTo(KeyStage.EYFS);
        for (KeyStage stage : KeyStage.values()) {
            assertThat(KeyStage.parse(stage.displayName())).isEqualTo(stage);
        }
    }

    @Test
    void refuses_unknown_key_stages() {
        assertThatThrownBy(() -> KeyStage.parse("KS6"))
                .isInstanceOf(InvalidCalendarValueException.class)
                .hasMessage("key stage \"KS6\": expected EYFS or KS1 to KS5");
    }
}
