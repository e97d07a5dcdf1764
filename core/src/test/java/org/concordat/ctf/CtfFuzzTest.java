package org.concordat.ctf;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzzes the CTF reader: whatever the bytes, every pupil is read (a 16-character pseudonym) or
 * refused with its problems, or the file is refused with a {@link CtfFormatException} naming a
 * line. Any other exception is a finding. Small limits make the limit checks reachable.
 */
class CtfFuzzTest {
    private static final PupilKey KEY = PupilKey.of(new byte[32]);
    private static final CtfOptions EXPORT_DATE = CtfOptions.of(KEY)
            .withOutcomes(List.of(OutcomeRule.parse("mtc=KS2/MAT/MTC/MT"), OutcomeRule.parse("rd=KS2/ENG/RD/SS")))
            .withLimits(1 << 20, 16, 1024);
    private static final CtfOptions CENSUS = EXPORT_DATE.withCensusDate(LocalDate.of(2025, 1, 16));

    @FuzzTest(maxDuration = "10m")
    void ctf_is_read_or_refused_with_a_location(byte[] input) {
        for (CtfOptions options : new CtfOptions[] {EXPORT_DATE, CENSUS}) {
            try (CtfReader reader = Ctf.read(new ByteArrayInputStream(input), options)) {
                long previous = 0;
                while (reader.hasNext()) {
                    CtfPupil pupil = reader.next();
                    assertThat(pupil.line()).isGreaterThanOrEqualTo(previous);
                    previous = pupil.line();
                    if (pupil instanceof CtfPupil.Read read) {
                        assertThat(read.record().pupilId()).hasSize(PupilKey.PSEUDONYM_LENGTH);
                    }
                }
            } catch (CtfFormatException e) {
                assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
                assertThat(e.getMessage()).startsWith("line " + e.line());
            }
        }
    }
}
