package org.concordat.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's intents, left exactly as a crash at each step of {@code appendAll} leaves them:
 * before the commit (temporary files and an unrenamed intent: none of the group) and after it (an
 * intent whose versions are not all named yet: all of the group).
 */
class FileRecordStoreIntentTest {
    private static final long DEAD_PID = Long.MAX_VALUE - 7;
    private static final List<RecordKey> GROUP = List.of(RecordKey.of("plan", "p"), RecordKey.of("notification", "n"));

    @TempDir
    Path root;

    private static RecordDraft draft(String text) {
        return RecordDraft.of(1, "text/plain", text.getBytes(StandardCharsets.UTF_8), Set.of(), "w", Instant.EPOCH);
    }

    /** Writes the group's version 1 as temporary files of a dead writer; returns their relative paths. */
    private List<String> temps() throws IOException {
        List<String> temps = new ArrayList<>();
        for (RecordKey key : GROUP) {
            Path dir = KeyPaths.keyDirectory(root, key);
            Files.createDirectories(dir);
            Path temp = dir.resolve(KeyPaths.tempName(1, DEAD_PID, "ab"));
            Files.write(temp, RecordFileFormat.encode(StoredRecord.of(key, 1, draft("v1 of " + key))));
            temps.add(root.relativize(temp).toString().replace('\\', '/'));
        }
        return temps;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(
                            f -> f.toString().endsWith(".tmp") || f.toString().endsWith(".intent"))
                    .toList();
        }
    }

    @Test
    void a_committed_intent_is_finished_on_open_even_when_one_version_was_already_named() throws IOException {
        List<String> temps = temps();
        Files.createDirectories(root.resolve("pending"));
        Files.write(root.resolve("pending").resolve(DEAD_PID + "-ab.intent"), Intent.encode(temps));
        // The crash came after the first version got its name.
        Path first = root.resolve(temps.get(0));
        Files.move(first, first.resolveSibling(KeyPaths.fileName(1)));

        try (FileRecordStore store = FileRecordStore.open(root)) {
            for (RecordKey key : GROUP) {
                assertThat(store.latest(key))
                        .map(r -> new String(r.payload(), StandardCharsets.UTF_8))
                        .contains("v1 of " + key);
            }
            assertThat(store.appendAll(List.of(
                            org.concordat.spi.RecordAppend.of(GROUP.get(0), 1, draft("v2")),
                            org.concordat.spi.RecordAppend.of(GROUP.get(1), 1, draft("v2")))))
                    .containsExactly(2L, 2L);
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_committed_intent_is_finished_on_open_when_a_version_was_linked_into_place_but_kept_its_temporary_name()
            throws IOException {
        List<String> temps = temps();
        Files.createDirectories(root.resolve("pending"));
        Files.write(root.resolve("pending").resolve(DEAD_PID + "-ab.intent"), Intent.encode(temps));
        // The crash came between hard-linking the first version to its name and removing the
        // temporary name: both names are the same file.
        Path first = root.resolve(temps.get(0));
        Path named = first.resolveSibling(KeyPaths.fileName(1));
        try {
            Files.createLink(named, first);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no hard links here: " + e);
        }

        try (FileRecordStore store = FileRecordStore.open(root)) {
            for (RecordKey key : GROUP) {
                assertThat(store.latest(key))
                        .map(r -> new String(r.payload(), StandardCharsets.UTF_8))
                        .contains("v1 of " + key);
            }
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_intent_never_committed_leaves_none_of_the_group() throws IOException {
        List<String> temps = temps();
        Files.createDirectories(root.resolve("pending"));
        Files.write(root.resolve("pending").resolve(DEAD_PID + "-ab.intent.tmp"), Intent.encode(temps));

        try (FileRecordStore store = FileRecordStore.open(root)) {
            for (RecordKey key : GROUP) {
                assertThat(store.latest(key)).isEmpty();
            }
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_damaged_intent_stops_the_open_naming_the_file() throws IOException {
        List<String> temps = temps();
        byte[] bytes = Intent.encode(temps);
        bytes[25] ^= 1;
        Path intent = root.resolve("pending").resolve(DEAD_PID + "-ab.intent");
        Files.createDirectories(intent.getParent());
        Files.write(intent, bytes);

        assertThatThrownBy(() -> FileRecordStore.open(root))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(intent.toString())
                .hasMessageContaining("damaged");
    }
}
