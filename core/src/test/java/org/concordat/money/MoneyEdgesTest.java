package org.concordat.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The edges PIT found untested: one part, a non-zero amount, quoting text of exactly 40 characters. */
class MoneyEdgesTest {

    @Test
    void allocating_into_one_part_gives_the_whole_amount() {
        assertThat(Money.ofPence(10_001).allocate(1)).containsExactly(Money.ofPence(10_001));
        assertThatThrownBy(() -> Money.ofPence(100).allocate(0)).hasMessage("parts \"0\": must be at least 1");
    }

    @Test
    void only_no_money_is_zero() {
        assertThat(Money.ofPence(1).isZero()).isFalse();
        assertThat(Money.ofPence(-1).isZero()).isFalse();
        assertThat(Money.ofPence(0).isZero()).isTrue();
    }

    @Test
    void a_refused_text_of_exactly_forty_characters_is_quoted_whole() {
        String forty = "1".repeat(40);
        assertThatThrownBy(() -> Money.parse(forty)).hasMessageStartingWith("amount \"" + forty + "\": is too long");
        String fortyOne = "1".repeat(41);
        assertThatThrownBy(() -> Money.parse(fortyOne))
                .hasMessageStartingWith("amount \"" + "1".repeat(40) + "…\" (41 characters): is too long");
    }
}
