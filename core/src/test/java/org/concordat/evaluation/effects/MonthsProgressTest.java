package org.concordat.evaluation.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsProgressTest {

    @ParameterizedTest(name = "effect size {0} gives {1} months")
    @CsvSource({
        "0.0, 0",
        "0.01, 0",
        "-0.01, 0",
        "0.014, 0",
        "0.015, 1",
        "0.02, 1",
        "0.09, 1",
        "0.094, 1",
        "0.095, 2",
        "0.10, 2",
        "0.18, 2",
        "0.19, 3",
        "0.26, 3",
        "0.27, 4",
        "0.35, 4",
        "0.36, 5",
        "0.44, 5",
        "0.45, 6",
        "0.52, 6",
        "0.53, 7",
        "0.61, 7",
        "0.62, 8",
        "0.69, 8",
        "0.70, 9",
        "0.78, 9",
        "0.79, 10",
        "0.87, 10",
        "0.88, 11",
        "0.95, 11",
        "0.96, 12",
        "1.00, 12",
        "1.004, 12",
        "-0.05, -1",
        "-0.095, -2",
        "-0.27, -4",
        "-0.96, -12"
    })
    void converts_by_the_eef_toolkit_bands_after_rounding_to_two_places(double effectSize, int months) {
        assertThat(MonthsProgress.fromEffectSize(effectSize).months()).isEqualTo(months);
    }

    @Test
    void negative_effects_mirror_the_positive_bands() {
        for (int hundredths = 0; hundredths <= 120; hundredths++) {
            double es = hundredths / 100.0;
            assertThat(MonthsProgress.fromEffectSize(-es).months())
                    .isEqualTo(-MonthsProgress.fromEffectSize(es).months());
        }
    }

    @Test
    void flags_effect_sizes_beyond_the_table() {
        MonthsProgress big = MonthsProgress.fromEffectSize(1.3);
        assertThat(big.months()).isEqualTo(12);
        assertThat(big.beyondTable()).isTrue();
        assertThat(big).hasToString("+12 months (effect size 1.30, Very high impact, beyond the table)");
        assertThat(MonthsProgress.fromEffectSize(1.0).beyondTable()).isFalse();
    }

    @Test
    void describes_each_band_in_the_eef_words() {
        assertThat(MonthsProgress.fromEffectSize(0).description()).isEqualTo("Very low or no impact");
        assertThat(MonthsProgress.fromEffectSize(0.1).description()).isEqualTo("Low impact");
        assertThat(MonthsProgress.fromEffectSize(0.3).description()).isEqualTo("Moderate impact");
        assertThat(MonthsProgress.fromEffectSize(-0.6).description()).isEqualTo("High impact");
        assertThat(MonthsProgress.fromEffectSize(0.8).description()).isEqualTo("Very high impact");
        assertThat(MonthsProgress.fromEffectSize(0.21))
                .hasToString("+3 months (effect size 0.21, Moderate impact)")
                .isEqualTo(MonthsProgress.fromEffectSize(0.2149))
                .hasSameHashCodeAs(MonthsProgress.fromEffectSize(0.2149))
                .isNotEqualTo(MonthsProgress.fromEffectSize(0.22));
        assertThat(MonthsProgress.fromEffectSize(0.21).effectSize()).hasToString("0.21");
    }

    @Test
    void refuses_an_effect_size_that_is_not_a_number() {
        assertThatThrownBy(() -> MonthsProgress.fromEffectSize(Double.NaN))
                .hasMessage("effect size \"NaN\": must be a finite number");
    }
}
