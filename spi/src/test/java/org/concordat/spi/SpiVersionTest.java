package org.concordat.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpiVersionTest {
    @Test
    void supports_the_same_major_and_older_or_equal_minor() {
        assertThat(SpiVersion.supports(SpiVersion.MAJOR, 0)).isTrue();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR, SpiVersion.MINOR)).isTrue();
    }

    @Test
    void refuses_another_major_or_a_newer_minor() {
        assertThat(SpiVersion.supports(SpiVersion.MAJOR + 1, 0)).isFalse();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR - 1, 0)).isFalse();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR, SpiVersion.MINOR + 1)).isFalse();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR, -1)).isFalse();
    }

    @Test
    void reads_a_declared_version_as_major_dot_minor_only() {
        assertThat(SpiVersion.supports(SpiVersion.asString())).isTrue();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR + ".0")).isTrue();
        assertThat(SpiVersion.supports((SpiVersion.MAJOR + 1) + ".0")).isFalse();
        assertThat(SpiVersion.supports(SpiVersion.MAJOR + "." + (SpiVersion.MINOR + 1)))
                .isFalse();
        for (String malformed : new String[] {"", "1", "1.", ".0", "1.0.0", "v1.0", "1.0 ", "one", "1234567.0"}) {
            assertThat(SpiVersion.supports(malformed)).as(malformed).isFalse();
        }
        assertThat(SpiVersion.supports((String) null)).isFalse();
    }

    @Test
    void prints_as_major_dot_minor() {
        assertThat(SpiVersion.asString()).isEqualTo(SpiVersion.MAJOR + "." + SpiVersion.MINOR);
    }
}
