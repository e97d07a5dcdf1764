package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes {@link EvaluationInputs#readObservations}, the reader behind {@code --observations}: whatever the file
 * holds, it either gives observations or refuses with an {@link InputException} whose one-line
 * message starts with the file and a line ({@code observations.csv:3: ...}), so the command exits
 * 2 and never 3. Any other exception is a finding. The bytes go through one reused temporary file.
 */
class ObservationCsvFuzzTest {
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        dir = Files.createTempDirectory("observation-csv-fuzz");
        file = dir.resolve("observations.csv");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "10m")
    void observations_are_read_or_refused_with_a_line(byte[] input) throws IOException {
        Files.write(file, input);
        try {
            EvaluationInputs.readObservations(file);
        } catch (InputException e) {
            assertThat(e.getMessage()).matches(java.util.regex.Pattern.quote(file.toString()) + ":[1-9][0-9]*: .*");
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
        }
    }
}
