package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PupilGroupTest {
    @Test
    void parses_and_prints_all_and_characteristic_groups() {
        assertThat(PupilGroup.parse(" ALL ")).isSameAs(PupilGroup.ALL);
        PupilGroup fsm = PupilGroup.parse("fsm_eligible = y");
        assertThat(fsm).isEqualTo(PupilGroup.of(Characteristic.FSM_ELIGIBLE, "Y"));
        assertThat(fsm.toString()).isEqualTo("FSM_ELIGIBLE=Y");
        assertThat(PupilGroup.parse(fsm.toString())).isEqualTo(fsm);
        assertThat(PupilGroup.ALL.characteristic()).isEmpty();
    }

    @Test
    void refuses_unknown_characteristics_and_codes_naming_them() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PupilGroup.parse("HAIR=RED"))
                .withMessageContaining("unknown characteristic 'HAIR'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PupilGroup.parse("SEN_PROVISION=X"))
                .withMessage("SEN_PROVISION \"X\": must be one of E, K, N");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PupilGroup.parse("girls"))
                .withMessageContaining("expected 'all' or CHARACTERISTIC=VALUE");
    }

    @Test
    void direction_decides_which_value_is_better() {
        BigDecimal low = BigDecimal.ONE;
        BigDecimal high = BigDecimal.TEN;
        assertThat(Direction.HIGHER_IS_BETTER.isAtLeastAsGood(high, low)).isTrue();
        assertThat(Direction.HIGHER_IS_BETTER.isAtLeastAsGood(low, high)).isFalse();
        assertThat(Direction.LOWER_IS_BETTER.isAtLeastAsGood(low, high)).isTrue();
        assertThat(Direction.LOWER_IS_BETTER.isAtLeastAsGood(low, low)).isTrue();
    }

    @Test
    void cadence_gives_the_next_due_date_except_for_one_off_collections() {
        LocalDate d = LocalDate.of(2025, 10, 1);
        assertThat(Cadence.TERMLY.nextDueAfter(d)).contains(LocalDate.of(2026, 2, 1));
        assertThat(Cadence.ANNUALLY.nextDueAfter(d)).contains(LocalDate.of(2026, 10, 1));
        assertThat(Cadence.ONCE.nextDueAfter(d)).isEmpty();
    }
}
