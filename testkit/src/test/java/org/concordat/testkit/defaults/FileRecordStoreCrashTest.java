package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * after each kill: it must open, hold every version it acknowledged, every version it holds must be
 * whole, and every group appended with {@code appendAll} must be there for all its records or for
 * none.
 */
class FileRecordStoreCrashTest {
    private static final int KILLS = 50;
    private static final RecordKey KEY = RecordKey.of("plan", "crash");

    @TempDir
    Path directory;

    @Test
    void a_writer_killed_at_random_moments_leaves_only_whole_records_and_whole_groups() throws Exception {
        Random random = new Random(20261123L);
        long acknowledged = 0;
        long groupAcknowledged = 0;
        int groupsInterrupted = 0;
        // At least KILLS kills; more (up to three times as many) while none has yet fallen between a
        // single append and its group, which a loaded machine makes rarer, so the test always
        // exercises the case it is about.
        for (int kill = 0; kill < KILLS || (groupsInterrupted == 0 && kill < 3 * KILLS); kill++) {
            Process writer = FileRecordStoreTest.java(directory.toString(), "write", "100000");
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("ready " + acknowledged + " " + groupAcknowledged);
                int appends = random.nextInt(20);
                for (int i = 0; i < appends; i++) {
                    String[] line = out.readLine().split(" ", -1);
                    acknowledged = Long.parseLong(line[0]);
                    groupAcknowledged = Long.parseLong(line[1]);
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
                // All or nothing: every record of the group holds the same number of whole versions.
                List<Integer> sizes = new ArrayList<>();
                for (RecordKey key : LockHolder.GROUP) {
                    List<StoredRecord> versions = store.history(key);
                    for (StoredRecord r : versions) {
                        assertThat(r.content()).isEqualTo(FileRecordStoreTest.payload(r.version()));
                    }
                    sizes.add(versions.size());
                }
                assertThat(sizes)
                        .as("versions of each record of the group after kill " + kill)
                        .containsOnly(sizes.get(0));
                assertThat((long) sizes.get(0)).isGreaterThanOrEqualTo(groupAcknowledged);
                if (sizes.get(0) < acknowledged) {
                    groupsInterrupted++;
                }
                groupAcknowledged = sizes.get(0);
            }
        }
        assertThat(acknowledged).isPositive();
        assertThat(groupAcknowledged).isPositive();
        // Kills that fell between a single append and its group (the group then never happened).
        assertThat(groupsInterrupted).isPositive();
    }
}
