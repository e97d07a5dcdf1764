package org.concordat.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;

class RecordFileFormatTest {
    private static final StoredRecord RECORD = StoredRecord.of(
            RecordKey.of("plan", "P-1 ü"),
            7,
            RecordDraft.of(
                    2,
                    "application/json",
                    new byte[] {1, 2, 3},
                    Set.of(IndexTerm.parse("urn=100000"), IndexTerm.parse("ukprn=10012345")),
                    "Siân",
                    Instant.parse("2026-11-23T10:15:30.123456789Z")));

    @Test
    void decodes_what_it_encodes() throws IOException {
        assertThat(RecordFileFormat.decode(RecordFileFormat.encode(RECORD))).isEqualTo(RECORD);
    }

    @Test
    void refuses_a_flipped_byte() {
        byte[] bytes = RecordFileFormat.encode(RECORD);
        bytes[20] ^= 1;
        assertThatThrownBy(() -> RecordFileFormat.decode(bytes))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void refuses_a_truncated_file_other_bytes_and_another_format_version() {
        byte[] bytes = RecordFileFormat.encode(RECORD);
        assertThatThrownBy(() -> RecordFileFormat.decode(Arrays.copyOf(bytes, 5)))
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> RecordFileFormat.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> RecordFileFormat.decode(
                        "not a record at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .hasMessageContaining("bad magic number");
        byte[] future = bytes.clone();
        future[5] = 9;
        assertThatThrownBy(() -> RecordFileFormat.decode(future)).hasMessageContaining("format 9 is not supported");
    }
}
