package org.concordat.internal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void blank_text_is_refused_naming_the_field() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Checks.requireNonBlank("name", "  "))
                .withMessage("name \"  \": must not be blank");
    }

    @Test
    void text_with_content_is_returned_unchanged() {
        assertThat(Checks.requireNonBlank("name", " Ada ")).isEqualTo(" Ada ");
    }

    @Test
    void negative_numbers_are_refused_naming_field_and_value() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Checks.requireNonNegative("pence", -1))
                .withMessage("pence \"-1\": must not be negative");
        assertThat(Checks.requireNonNegative("pence", 0)).isZero();
    }
}
