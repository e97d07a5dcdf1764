package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeRangeTest {
    @Test
    void reads_and_writes_low_dash_high() {
        AgeRange r = AgeRange.parse(" 11 – 18 ");
        assertThat(r).isEqualTo(AgeRange.of(11, 18)).hasToString("11-18");
        assertThat(AgeRange.parse(r.toString())).isEqualTo(r);
        assertThat(r.contains(11)).isTrue();
        assertThat(r.contains(19)).isFalse();
        assertThat(r.hashCode()).isEqualTo(AgeRange.of(11, 18).hashCode());
    }

    @Test
    void rejects_a_low_age_above_the_high_age() {
        assertThatThrownBy(() -> AgeRange.of(16, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ageRange \"16-11\": low age must not be above high age");
    }

    @Test
    void rejects_ages_out_of_range_and_other_text() {
        assertThatThrownBy(() -> AgeRange.of(-1, 5)).hasMessageContaining("ages must be 0 to 99");
        assertThatThrownBy(() -> AgeRange.of(3, 100)).hasMessageContaining("ages must be 0 to 99");
        assertThatThrownBy(() -> AgeRange.parse("eleven to 18")).hasMessageContaining("expected LOW-HIGH");
    }
}
