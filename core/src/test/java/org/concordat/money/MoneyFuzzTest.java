package org.concordat.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;

/**
 * Fuzzes {@link Money#parse}: any text is either an amount whose plain and formatted texts read
 * back to it, or refused with an {@link IllegalArgumentException} naming the amount. Any other
 * exception (an {@link ArithmeticException}, a {@link NumberFormatException} that escaped) is a
 * finding.
 */
class MoneyFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void amounts_are_read_back_or_refused_with_a_message(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Money money;
        try {
            money = Money.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("amount ");
            return;
        }
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(Money.parse(money.format())).isEqualTo(money);
        assertThat(Money.of(new BigDecimal(money.toString()))).isEqualTo(money);
    }
}
