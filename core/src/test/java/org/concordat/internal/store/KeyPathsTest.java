package org.concordat.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concordat.spi.RecordKey;
import org.junit.jupiter.api.Test;

class KeyPathsTest {
    @Test
    void keeps_lowercase_letters_digits_dash_and_underscore_and_encodes_every_other_byte() {
        assertThat(KeyPaths.encodeId("p-1_x")).isEqualTo("i-p-1_x");
        assertThat(KeyPaths.encodeId("ABC")).isEqualTo("i-~41~42~43");
        assertThat(KeyPaths.encodeId("../x")).isEqualTo("i-~2e~2e~2fx");
        assertThat(KeyPaths.encodeId("ü")).isEqualTo("i-~c3~bc");
    }

    @Test
    void hashes_an_id_whose_name_would_be_too_long() {
        String name = KeyPaths.encodeId("Ü".repeat(100));
        assertThat(name).startsWith("h-").hasSize(2 + 64).matches("h-[0-9a-f]{64}");
        assertThat(KeyPaths.encodeId("Ü".repeat(101))).isNotEqualTo(name);
    }

    @Test
    void places_a_key_under_records_type_and_encoded_id() {
        assertThat(KeyPaths.keyDirectory(Path.of("/s"), RecordKey.of("plan", "A")))
                .isEqualTo(Path.of("/s", "records", "plan", "i-~41"));
    }

    @Test
    void names_version_files_so_they_sort_by_version() {
        assertThat(KeyPaths.fileName(3)).isEqualTo("0000000000000000003.rec");
        assertThat(KeyPaths.versionOf("0000000000000000003.rec")).isEqualTo(3);
        assertThat(KeyPaths.versionOf("0000000000000000003.rec.1.tmp")).isEqualTo(-1);
        assertThat(KeyPaths.versionOf("000000000000000000x.rec")).isEqualTo(-1);
        assertThat(KeyPaths.versionOf("3.rec")).isEqualTo(-1);
    }

    @Test
    void names_temporary_files_with_their_writers_process_id() {
        String name = KeyPaths.tempName(3, 4242, "9f");
        assertThat(name).isEqualTo("0000000000000000003.rec.4242-9f.tmp");
        assertThat(KeyPaths.ownerOf(name)).isEqualTo(4242);
        assertThat(KeyPaths.versionOf(name)).isEqualTo(-1);
        assertThat(KeyPaths.ownerOf("0000000000000000003.rec.1234abcd.tmp")).isEqualTo(-1);
        assertThat(KeyPaths.ownerOf("0000000000000000003.rec.12x4-ab.tmp")).isEqualTo(-1);
        assertThat(KeyPaths.ownerOf("0000000000000000003.rec")).isEqualTo(-1);
    }
}
