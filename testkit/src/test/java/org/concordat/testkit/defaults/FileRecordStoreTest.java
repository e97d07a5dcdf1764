package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.testkit.contract.RecordStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRecordStoreTest extends RecordStoreContract {
    @TempDir
    Path temp;

    private final AtomicInteger stores = new AtomicInteger();
    private Path lastDirectory;

    @Override
    protected RecordStore newStore() {
        lastDirectory = temp.resolve("store-" + stores.incrementAndGet());
        return open(lastDirectory);
    }

    @Override
    protected Optional<RecordStore> reopen(RecordStore closed) {
        return Optional.of(open(lastDirectory));
    }

    /** Searches the bytes of every file under the store's directory, temporary and lock files included. */
    @Override
    protected boolean storageContains(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(lastDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordStore open(Path directory) {
        return Defaults.store("file", Map.of("directory", directory.toString()));
    }

    /** The draft the crash test's writer appends as {@code version}: its payload names the version. */
    static RecordDraft payload(long version) {
        byte[] bytes = ("version " + version + " ").repeat(2000).getBytes(StandardCharsets.UTF_8);
        return RecordDraft.of(1, "text/plain", bytes, Set.of(), "writer", Instant.EPOCH);
    }

    private static Path keyDirectory(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("records").resolve("plan"))) {
            return dirs.findFirst().orElseThrow();
        }
    }

    @Test
    void a_second_store_in_this_jvm_is_refused_naming_the_directory() {
        assertThatThrownBy(() -> open(lastDirectory))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(lastDirectory.toAbsolutePath().normalize().toString())
                .hasMessageContaining("in use by another FileRecordStore in this JVM");
        store.append(RecordKey.of("plan", "p"), 0, draft("still works"));
    }

    @Test
    void a_refused_second_open_leaves_the_first_holding_the_directory_against_other_processes() throws Exception {
        RecordKey key = RecordKey.of("plan", "p");
        store.append(key, 0, draft("first"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> open(lastDirectory)).isInstanceOf(UncheckedIOException.class);
        }

        Process other = java(lastDirectory.toString(), "try");
        String answer =
                new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(answer)
                .startsWith("refused: ")
                .contains("in use by another process")
                .contains("pid=" + ProcessHandle.current().pid());
        assertThat(store.append(key, 1, draft("second"))).isEqualTo(2);
    }

    @Test
    void a_closed_store_releases_its_directory() {
        store.append(RecordKey.of("plan", "p"), 0, draft("a"));
        store.close();
        RecordStore again = track(open(lastDirectory));
        assertThat(again.latest(RecordKey.of("plan", "p"))).isPresent();
    }

    @Test
    void a_store_held_by_another_process_is_refused_naming_the_directory_and_process() throws Exception {
        store.close();
        Process holder = java(lastDirectory.toString());
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");

            assertThatThrownBy(() -> open(lastDirectory))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(
                            lastDirectory.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("pid=" + holder.pid());
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(holder.exitValue()).isZero();
        track(open(lastDirectory)).append(RecordKey.of("plan", "p"), 0, draft("mine now"));
    }

    @Test
    void a_temporary_file_left_by_a_crash_is_ignored_and_removed() throws IOException {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.append(key, 1, draft("b"));
        List<StoredRecord> before = store.history(key);
        store.close();
        Path keyDir = keyDirectory(lastDirectory);
        Path leftover = keyDir.resolve("0000000000000000003.rec.1234abcd.tmp");
        byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(keyDir.resolve("0000000000000000002.rec")), 20);
        Files.write(leftover, half);

        RecordStore again = track(open(lastDirectory));
        assertThat(again.history(key)).isEqualTo(before);
        assertThat(leftover).doesNotExist();
        assertThat(again.append(key, 2, draft("c"))).isEqualTo(3);
    }

    @Test
    void a_temporary_file_of_a_live_process_is_left_alone_and_one_of_a_finished_process_removed() throws Exception {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.close();
        Path keyDir = keyDirectory(lastDirectory);
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Process finished = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .start();
        finished.getInputStream().readAllBytes();
        assertThat(finished.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path live = Files.write(keyDir.resolve("0000000000000000002.rec." + alive + "-ab.tmp"), new byte[] {1});
        Path dead =
                Files.write(keyDir.resolve("0000000000000000002.rec." + finished.pid() + "-cd.tmp"), new byte[] {2});

        RecordStore again = track(open(lastDirectory));

        assertThat(live).exists();
        assertThat(dead).doesNotExist();
        assertThat(again.append(key, 1, draft("b"))).isEqualTo(2);
        assertThat(live).exists();
    }

    @Test
    void reading_one_version_or_listing_versions_never_reads_another_versions_payload() throws IOException {
        RecordKey key = RecordKey.of("plan", "p");
        for (int v = 1; v <= 4; v++) {
            store.append(
                    key,
                    v - 1,
                    RecordDraft.of(
                            1,
                            "text/plain",
                            ("v" + v).getBytes(StandardCharsets.UTF_8),
                            Set.of(),
                            "w",
                            Instant.EPOCH.plusSeconds(v)));
        }
        Path dir = keyDirectory(lastDirectory);
        // Damage the payloads of versions 1 and 3 (their last bytes: payload and checksum).
        for (String name : List.of("0000000000000000001.rec", "0000000000000000003.rec")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            bytes[bytes.length - 5] ^= 0x55;
            Files.write(dir.resolve(name), bytes);
        }
        assertThat(store.version(key, 2))
                .map(r -> new String(r.payload(), StandardCharsets.UTF_8))
                .contains("v2");
        assertThat(store.asOf(key, Instant.EPOCH.plusSeconds(2)))
                .map(StoredRecord::version)
                .contains(2L);
        assertThat(store.versions(key, 0, 10)).hasSize(4);
        // Whole reads do check: the damaged version is refused, naming its file.
        assertThatThrownBy(() -> store.version(key, 3))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("0000000000000000003.rec");
        assertThatThrownBy(() -> store.history(key)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_damaged_record_file_stops_the_open_naming_the_file() throws IOException {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.close();
        Path file = keyDirectory(lastDirectory).resolve("0000000000000000001.rec");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 6] ^= 0x5a;
        Files.write(file, bytes);

        assertThatThrownBy(() -> open(lastDirectory))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("checksum");
    }

    @Test
    void a_missing_version_stops_the_open() throws IOException {
        RecordKey key = RecordKey.of("plan", "p1");
        store.append(key, 0, draft("a"));
        store.append(key, 1, draft("b"));
        store.close();
        Files.delete(keyDirectory(lastDirectory).resolve("0000000000000000001.rec"));

        assertThatThrownBy(() -> open(lastDirectory))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("versions are missing");
    }

    @Test
    void hostile_ids_never_leave_the_directory_or_become_special_names() throws IOException {
        List<String> ids = List.of(
                "../../../etc/passwd", "/absolute", "C:\\Windows\\win.ini", "..", "NUL", "a\u00a0b", "ü".repeat(200));
        for (String id : ids) {
            store.append(RecordKey.of("plan", id), 0, draft(id));
        }
        Path root = lastDirectory.toAbsolutePath().normalize();
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> assertThat(p.toAbsolutePath().normalize()).startsWith(root));
        }
        try (Stream<Path> keyDirs = Files.list(root.resolve("records").resolve("plan"))) {
            assertThat(keyDirs.map(p -> p.getFileName().toString()))
                    .hasSize(ids.size())
                    .allSatisfy(name ->
                            assertThat(name).matches("[ih]-[a-z0-9_~-]+").hasSizeLessThanOrEqualTo(200));
        }
        for (String id : ids) {
            assertThat(store.history(RecordKey.of("plan", id))).hasSize(1);
        }
    }

    /** Starts this test's class path in a new JVM running {@link LockHolder} with {@code args}. */
    static Process java(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(
                List.of(java.toString(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
