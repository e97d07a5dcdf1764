package org.concordat.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The edges PIT found untested: one part, signs at zero, the longest text, quoting text of exactly 40 characters. */
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
    void zero_is_neither_negative_nor_positive() {
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ofPence(-1).isNegative()).isTrue();
        assertThat(Money.ofPence(-1).isPositive()).isFalse();
        assertThat(Money.ofPence(1).isPositive()).isTrue();
        assertThat(Money.ofPence(1).isNegative()).isFalse();
    }

    @Test
    void the_longest_amount_of_27_characters_is_read() {
        String longest = "-£92,233,720,368,547,758.08";
        assertThat(longest).hasSize(27);
        assertThat(Money.parse(longest)).isEqualTo(Money.ofPence(Long.MIN_VALUE));
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
