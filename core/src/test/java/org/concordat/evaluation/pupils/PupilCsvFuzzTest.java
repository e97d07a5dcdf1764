package org.concordat.evaluation.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes both ways of reading pupil records, {@link PupilCsv#read} (records) and {@link
 * PupilCsv#readColumns} (primitive batches): whatever the file holds, each either reads every row
 * or refuses with a {@link PupilDataException} naming the file and a line. Any other exception is
 * a finding (an {@code UncheckedIOException} is documented only for a file that cannot be read,
 * which never happens here). The bytes go through one reused temporary file, since both readers take a path.
 */
class PupilCsvFuzzTest {
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        dir = Files.createTempDirectory("pupil-csv-fuzz");
        file = dir.resolve("pupils.csv");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "10m")
    void records_are_read_or_refused_with_a_line(byte[] input) throws IOException {
        Files.write(file, input);
        try (Stream<PupilRecord> records = PupilCsv.read(file)) {
            records.forEach(r -> {});
        } catch (PupilDataException e) {
            assertLocated(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void columns_are_read_or_refused_with_a_line(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            PupilCsv.readColumns(file, "m1", 3, batch -> {});
        } catch (PupilDataException e) {
            assertLocated(e);
        }
    }

    private static void assertLocated(PupilDataException e) {
        assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
        assertThat(e.getMessage()).startsWith(e.file() + ":" + e.line() + ": ");
    }
}
