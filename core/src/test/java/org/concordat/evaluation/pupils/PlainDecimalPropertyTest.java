package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The columnar reader's own decimal parser: on every short plain decimal it gives the double that
 * {@code new BigDecimal(text).doubleValue()} (the record path) gives, bit for bit, and it declines
 * (NaN, so the caller falls back to {@link BigDecimal}) on anything else.
 */
class PlainDecimalPropertyTest {
    @Test
    void parses_short_plain_decimals_to_the_double_bigdecimal_gives() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder text = new StringBuilder();
            text.append(r.nextInt(4) == 0 ? "-" : r.nextInt(8) == 0 ? "+" : "");
            int digits = 1 + r.nextInt(15);
            int point = r.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == point && r.nextBoolean()) {
                    text.append('.');
                }
                text.append((char) ('0' + r.nextInt(10)));
            }
            String t = text.toString();
            double fast = PupilByteReader.plainDecimal(t);
            assertThat(fast).as(t).isNotNaN();
            assertThat(Double.doubleToRawLongBits(fast))
                    .as(t)
                    .isEqualTo(Double.doubleToRawLongBits(new BigDecimal(t).doubleValue()));
        });
    }

    @Test
    void declines_what_it_cannot_parse_exactly_and_gives_no_negative_zero() {
        for (String t : new String[] {
            "1e2", "1234567890123456", "0.1234567890123456", "", ".", "+", "1.2.3", "NaN", "1,5", "0x10", "١٢"
        }) {
            assertThat(PupilByteReader.plainDecimal(t)).as(t).isNaN();
        }
        assertThat(Double.doubleToRawLongBits(PupilByteReader.plainDecimal("-0.000")))
                .isZero();
        assertThat(PupilByteReader.plainDecimal(" 12.5\t")).isEqualTo(12.5);
        assertThat(PupilByteReader.plainDecimal("999999999999999")).isEqualTo(999_999_999_999_999.0);
        assertThat(PupilByteReader.plainDecimal("0.30000000000001")).isEqualTo(0.30000000000001);
    }
}
