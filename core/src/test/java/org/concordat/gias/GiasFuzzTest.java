package org.concordat.gias;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the GIAS extract reader: whatever the bytes, in either encoding, every row is read or
 * refused with its problems, or the file is refused with a {@link GiasFormatException} naming a
 * line. Any other exception is a finding.
 */
class GiasFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void extract_is_read_or_refused_with_a_line(byte[] input) {
        for (GiasEncoding encoding : new GiasEncoding[] {GiasEncoding.DETECT, GiasEncoding.UTF_8}) {
            try (GiasReader reader = Gias.read(new ByteArrayInputStream(input), encoding)) {
                long previous = 1;
                while (reader.hasNext()) {
                    GiasRow row = reader.next();
                    assertThat(row.line()).isGreaterThan(previous);
                    previous = row.line();
                    if (row instanceof GiasRow.Refused refused) {
                        assertThat(refused.problems()).isNotEmpty();
                    }
                }
            } catch (GiasFormatException e) {
                assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
                assertThat(e.getMessage()).startsWith("line " + e.line() + ": ");
            }
        }
    }
}
