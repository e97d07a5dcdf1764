package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is appending to a file store at random moments, 50 times, and reopens the store
 * after each kill: it must open, hold every version it acknowledged, and every version it holds
 * must be whole.
 */
class FileRecordStoreCrashTest {
    private static final int KILLS = 50;
    private static final RecordKey KEY = RecordKey.of("plan", "crash");

    @TempDir
    Path directory;

    @Test
    void a_writer_killed_at_random_moments_leaves_only_whole_records() throws Exception {
        Random random = new Random(20261123L);
        long acknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = FileRecordStoreTest.java(directory.toString(), "write", "100000");
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("ready " + acknowledged);
                int appends = random.nextInt(20);
                for (int i = 0; i < appends; i++) {
                    acknowledged = Long.parseLong(out.readLine());
                }
            } finally {
                // Kills mid-write more often than not: the child appends as fast as it can.
                writer.destroyForcibly();
                assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            try (RecordStore store = Defaults.store("file", Map.of("directory", directory.toString()))) {
                List<StoredRecord> history = store.history(KEY);
                assertThat((long) history.size()).isGreaterThanOrEqualTo(acknowledged);
                for (StoredRecord r : history) {
                    assertThat(r.content()).isEqualTo(FileRecordStoreTest.payload(r.version()));
                }
                acknowledged = history.size();
            }
        }
        assertThat(acknowledged).isPositive();
    }
}
