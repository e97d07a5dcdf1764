package org.concordat.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that bypass the directory lock (through the test-only {@link
 * FileRecordStore#openUnlocked}) still cannot overwrite each other's versions: a version's file is
 * created exclusively, so every append a writer was told succeeded is on disk as that writer wrote
 * it, and the loser of each race gets a {@link VersionConflictException}.
 */
class FileRecordStoreRaceTest {
    private static final int APPENDS_PER_WRITER = 150;

    @TempDir
    Path directory;

    @Test
    void a_second_writer_with_a_stale_cache_gets_a_conflict_and_the_first_version_stays() {
        try (FileRecordStore a = FileRecordStore.openUnlocked(directory);
                FileRecordStore b = FileRecordStore.openUnlocked(directory)) {
            assertThat(a.append(AppendRacer.KEY, 0, AppendRacer.draft("a", 0))).isEqualTo(1);

            assertThatThrownBy(() -> b.append(AppendRacer.KEY, 0, AppendRacer.draft("b", 0)))
                    .isInstanceOfSatisfying(
                            VersionConflictException.class,
                            e -> assertThat(e.actualVersion()).isEqualTo(1));
            assertThat(b.latest(AppendRacer.KEY).orElseThrow().content()).isEqualTo(AppendRacer.draft("a", 0));
            assertThat(b.append(AppendRacer.KEY, 1, AppendRacer.draft("b", 1))).isEqualTo(2);
        }
        try (FileRecordStore store = FileRecordStore.open(directory)) {
            assertThat(store.history(AppendRacer.KEY))
                    .extracting(StoredRecord::content)
                    .containsExactly(AppendRacer.draft("a", 0), AppendRacer.draft("b", 1));
        }
    }

    @Test
    void two_processes_racing_without_the_lock_lose_no_acknowledged_version() throws Exception {
        List<Process> writers = new ArrayList<>();
        try {
            for (String name : List.of("left", "right")) {
                writers.add(racer(name));
            }
            for (Process p : writers) {
                assertThat(reader(p).readLine()).isEqualTo("ready");
            }
            for (Process p : writers) {
                OutputStream in = p.getOutputStream();
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            Map<Long, RecordDraft> acknowledged = new HashMap<>();
            int conflicts = 0;
            for (int i = 0; i < writers.size(); i++) {
                Process p = writers.get(i);
                String name = i == 0 ? "left" : "right";
                List<String> lines = reader(p).lines().toList();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(name + " exit").isZero();
                for (String line : lines) {
                    String[] parts = line.split(" ", -1);
                    if (parts[0].equals("conflict")) {
                        conflicts++;
                        continue;
                    }
                    RecordDraft before = acknowledged.put(
                            Long.parseLong(parts[1]), AppendRacer.draft(name, Integer.parseInt(parts[2])));
                    assertThat(before)
                            .as("version " + parts[1] + " acknowledged twice")
                            .isNull();
                }
            }
            assertThat(acknowledged).hasSize(2 * APPENDS_PER_WRITER);
            try (FileRecordStore store = FileRecordStore.open(directory)) {
                List<StoredRecord> history = store.history(AppendRacer.KEY);
                assertThat(history).hasSize(2 * APPENDS_PER_WRITER);
                for (StoredRecord r : history) {
                    assertThat(r.content()).as("version " + r.version()).isEqualTo(acknowledged.get(r.version()));
                }
            }
            assertNoTemporaryFilesLeft();
            // How often the writers collided varies from run to run; it is reported, not asserted.
            System.out.println("racing writers: " + conflicts + " conflicts over " + acknowledged.size() + " appends");
        } finally {
            for (Process p : writers) {
                p.destroyForcibly();
            }
        }
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(KeyPaths.TEMP_SUFFIX));
        }
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private Process racer(String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AppendRacer.class.getName(),
                        directory.toString(),
                        name,
                        String.valueOf(APPENDS_PER_WRITER))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
