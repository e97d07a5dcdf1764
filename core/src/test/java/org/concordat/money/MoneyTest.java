package org.concordat.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1250|125000",
                "1250.5|125050",
                "1,250.50|125050",
                "£1,250.50|125050",
                "' £1,250.50 '|125050",
                "-£3.20|-320",
                "-0.05|-5",
                "0|0",
                "0.5|50",
                "1,000,000|100000000",
                "92233720368547758.07|9223372036854775807",
                "-92233720368547758.08|-9223372036854775808"
            })
    void parses_the_accepted_forms(String text, long pence) {
        assertThat(Money.parse(text).toPence()).isEqualTo(pence);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "£",
                "1250.505",
                "1,25",
                "12,50.00",
                "1250.",
                ".5",
                "+5",
                "1e3",
                "$5",
                "5 GBP",
                "£-5",
                "01",
                "1,2500",
                "1 250",
                "NaN",
                "٣"
            })
    void refuses_other_text_naming_the_value(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount \"" + text
                        + "\": must be pounds with up to 2 decimal places, as 1250, 1250.5, 1,250.50 or £1,250.50");
    }

    @Test
    void refuses_text_beyond_long_pence() {
        assertThatThrownBy(() -> Money.parse("92233720368547758.08"))
                .hasMessage("amount \"92233720368547758.08\": is too large: must be from -92233720368547758.08 to"
                        + " 92233720368547758.07");
    }

    @Test
    void makes_money_from_a_big_decimal_with_at_most_two_places() {
        assertThat(Money.of(new BigDecimal("1250.5"))).isEqualTo(Money.ofPence(125050));
        assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.ofPence(150));
        assertThat(Money.of(new BigDecimal("1E+3"))).isEqualTo(Money.ofPence(100000));
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.505")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount \"1.505\": must not have more than 2 decimal places");
    }

    @Test
    void refuses_a_big_decimal_beyond_long_pence_without_building_it() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+999999999")))
                .hasMessageContaining("amount \"1E+999999999\": is too large");
        assertThatThrownBy(() -> Money.of(new BigDecimal("92233720368547758.08")))
                .hasMessageContaining("is too large");
        assertThat(Money.of(new BigDecimal("-92233720368547758.08")).toPence()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void writes_plain_decimal_and_formats_for_people() {
        assertThat(Money.ofPence(125050)).hasToString("1250.50");
        assertThat(Money.ofPence(125050).format()).isEqualTo("£1,250.50");
        assertThat(Money.ofPence(-320).format()).isEqualTo("-£3.20");
        assertThat(Money.ofPence(-5)).hasToString("-0.05");
        assertThat(Money.ZERO.format()).isEqualTo("£0.00");
        assertThat(Money.ofPence(100_000_000).format()).isEqualTo("£1,000,000.00");
        assertThat(Money.ofPence(99_999).format()).isEqualTo("£999.99");
        assertThat(Money.ofPence(Long.MIN_VALUE).format()).isEqualTo("-£92,233,720,368,547,758.08");
        assertThat(Money.ofPence(125050).toBigDecimal()).isEqualTo(new BigDecimal("1250.50"));
    }

    @Test
    void does_exact_arithmetic() {
        Money a = Money.parse("0.10");
        Money b = Money.parse("0.20");
        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30"));
        assertThat(a.minus(b)).isEqualTo(Money.parse("-0.10"));
        assertThat(a.times(3)).isEqualTo(Money.parse("0.30"));
        assertThat(a.negate()).isEqualTo(Money.ofPence(-10));
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(a.isPositive()).isTrue();
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.minus(b).signum()).isEqualTo(-1);
        assertThat(Money.ZERO.signum()).isZero();
        assertThat(a).isLessThan(b);
        assertThat(a.hashCode()).isEqualTo(Money.ofPence(10).hashCode());
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void throws_on_overflow() {
        Money max = Money.ofPence(Long.MAX_VALUE);
        Money min = Money.ofPence(Long.MIN_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.sum(List.of(max, max))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sums_a_list_and_a_stream() {
        List<Money> costs = List.of(Money.parse("1.10"), Money.parse("2.20"), Money.parse("-0.30"));
        assertThat(Money.sum(costs)).isEqualTo(Money.parse("3.00"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
        assertThat(costs.stream().collect(Money.summing())).isEqualTo(Money.parse("3.00"));
        assertThat(Stream.generate(() -> Money.parse("0.01"))
                        .limit(10_000)
                        .parallel()
                        .collect(Money.summing()))
                .isEqualTo(Money.parse("100"));
    }

    @Test
    void allocates_into_equal_parts_larger_first() {
        assertThat(Money.parse("100").allocate(3))
                .containsExactly(Money.parse("33.34"), Money.parse("33.33"), Money.parse("33.33"));
        assertThat(Money.parse("-0.10").allocate(3))
                .containsExactly(Money.ofPence(-3), Money.ofPence(-3), Money.ofPence(-4));
        assertThat(Money.parse("0.02").allocate(4))
                .containsExactly(Money.ofPence(1), Money.ofPence(1), Money.ZERO, Money.ZERO);
        assertThatThrownBy(() -> Money.ZERO.allocate(0)).hasMessage("parts \"0\": must be at least 1");
    }

    @Test
    void allocates_by_weights_exactly() {
        // a £1,000 budget by pupil numbers 210, 420 and 30
        List<Money> parts = Money.parse("1000").allocate(210L, 420L, 30L);
        assertThat(parts).containsExactly(Money.parse("318.18"), Money.parse("636.36"), Money.parse("45.46"));
        assertThat(Money.sum(parts)).isEqualTo(Money.parse("1000"));
        assertThat(Money.parse("0.05").allocate(0L, 1L, 1L))
                .containsExactly(Money.ZERO, Money.ofPence(3), Money.ofPence(2));
        List<Money> min = Money.ofPence(Long.MIN_VALUE).allocate(1L, 1L, 1L);
        assertThat(Money.sum(min)).isEqualTo(Money.ofPence(Long.MIN_VALUE));
    }

    @Test
    void gives_left_over_pennies_to_the_shares_that_lost_most() {
        // exact shares 5, 2.5 and 2.5 pence: the exact one keeps its 5
        assertThat(Money.ofPence(10).allocate(2L, 1L, 1L))
                .containsExactly(Money.ofPence(5), Money.ofPence(3), Money.ofPence(2));
        // exact shares 0.3, 0.3 and 0.4 pence: the largest remainder wins the penny
        assertThat(Money.ofPence(1).allocate(3L, 3L, 4L)).containsExactly(Money.ZERO, Money.ZERO, Money.ofPence(1));
    }

    @Test
    void refuses_bad_weights() {
        assertThatThrownBy(() -> Money.ZERO.allocate(new long[0])).hasMessage("weights \"[]\": must not be empty");
        assertThatThrownBy(() -> Money.ZERO.allocate(1L, -1L)).hasMessage("weights \"-1\": must not be negative");
        assertThatThrownBy(() -> Money.ZERO.allocate(0L, 0L))
                .hasMessage("weights \"all 0\": at least one must be positive");
    }
}
