package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Person;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member of staff who leaves and asks to be erased is erased from every stored plan version. */
class ErasePersonTest {
    private static final String NAME = "Tom Hughes";
    private static final String EMAIL = "t.hughes@kirkstallpark.example.org.uk";

    @TempDir
    Path temp;

    private final HandClock clock = new HandClock(Instant.parse("2026-02-20T09:00:00Z"));

    private Concordat concordat(RecordStore store) {
        return Concordat.builder()
                .store(store)
                .notifier(new CollectingNotifier())
                .clock(clock)
                .author("dpo")
                .build();
    }

    private static PartnershipPlan renamed(String name) {
        PartnershipPlan plan = Fixtures.example();
        return plan.withPartnership(
                Partnership.builder().from(plan.partnership()).name(name).build());
    }

    /** Saves three versions naming the person, then erases them; returns the plan id. */
    private static String saveAndErase(Concordat c, HandClock clock) {
        for (int v = 1; v <= 3; v++) {
            c.plans().save(renamed("Version " + v), v - 1);
            clock.set(clock.instant().plusSeconds(3600));
        }
        // The three plan versions, and the versions of the notifications addressed to them.
        assertThat(c.erasePerson("p-hughes", "erasure request 2026-41")).isGreaterThan(3);
        return Fixtures.example().partnership().id();
    }

    private static boolean anyFileHolds(Path root, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertErased(Concordat c, String id) {
        List<PlanVersion> history = c.plans().history(id);
        assertThat(history).hasSize(3);
        for (PlanVersion v : history) {
            Person erased = v.plan().person("p-hughes").orElseThrow();
            assertThat(erased.name()).isEqualTo(PlanRepository.ERASED_NAME);
            assertThat(erased.email()).isEmpty();
            assertThat(erased.roles()).isNotEmpty();
            assertThat(v.plan().person("p-okafor").orElseThrow().name()).isEqualTo("Dr Grace Okafor");
            assertThat(v.author()).isEqualTo("dpo");
        }
        assertThat(history)
                .extracting(v -> v.plan().partnership().name())
                .containsExactly("Version 1", "Version 2", "Version 3");
        for (StoredRecord r : c.store().history(RecordKey.of("plan", id))) {
            String payload = new String(r.payload(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(NAME).doesNotContain(EMAIL);
        }
        assertThat(c.store().erasures(RecordKey.of("plan", id))).singleElement().satisfies(e -> {
            assertThat(e.versions()).containsExactly(1L, 2L, 3L);
            assertThat(e.by()).isEqualTo("dpo");
            assertThat(e.reason()).isEqualTo("erasure request 2026-41").doesNotContain(NAME);
        });
        // A second run finds nothing left to erase.
        assertThat(c.erasePerson("p-hughes", "erasure request 2026-41")).isZero();
    }

    @Test
    void erases_a_person_from_every_version_in_a_file_store_leaving_nothing_on_disk() {
        Path dir = temp.resolve("store");
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            c.plans().save(renamed("before"), 0);
            assertThat(anyFileHolds(dir, NAME)).isTrue();
        }
        try (Concordat c = concordat(FileRecordStore.open(temp.resolve("store2")))) {
            String id = saveAndErase(c, clock);
            assertErased(c, id);
        }
        assertThat(anyFileHolds(temp.resolve("store2"), NAME)).isFalse();
        assertThat(anyFileHolds(temp.resolve("store2"), EMAIL)).isFalse();
        assertThat(anyFileHolds(temp.resolve("store2"), "Dr Grace Okafor")).isTrue();
        try (Concordat c = concordat(FileRecordStore.open(temp.resolve("store2")))) {
            assertThat(c.store()
                            .erasures(RecordKey.of(
                                    "plan", Fixtures.example().partnership().id())))
                    .hasSize(1);
        }
    }

    @Test
    void erases_a_person_from_every_version_in_a_memory_store() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            assertErased(c, saveAndErase(c, clock));
        }
    }
}
