package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Urn;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConcordatPlansTest {
    @TempDir
    static Path temp;

    private static int dirs;

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("memory", (StoreFactory) () -> new InMemoryRecordStore()),
                Arguments.of("file", (StoreFactory) () -> FileRecordStore.open(temp.resolve("store-" + (dirs++)))));
    }

    interface StoreFactory {
        RecordStore open();
    }

    private final HandClock clock = new HandClock(Instant.parse("2026-02-20T09:00:00Z"));
    private final CollectingNotifier notifier = new CollectingNotifier();

    private Concordat concordat(RecordStore store) {
        return Concordat.builder()
                .store(store)
                .notifier(notifier)
                .clock(clock)
                .author("test")
                .build();
    }

    private static PartnershipPlan renamed(PartnershipPlan plan, String name) {
        return plan.withPartnership(
                Partnership.builder().from(plan.partnership()).name(name).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void saves_and_loads_a_plan_unchanged(String name, StoreFactory stores) {
        try (Concordat c = concordat(stores.open())) {
            PlanVersion saved = c.plans().create(Fixtures.example());

            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.author()).isEqualTo("test");
            PlanVersion loaded = c.plans().load("aire-valley-stem").orElseThrow();
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.plan()).isEqualTo(Fixtures.example());
            assertThat(c.plans().load("no-such-plan")).isEmpty();
            assertThat(c.plans().ids()).containsExactly("aire-valley-stem");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void keeps_every_version_and_answers_how_the_plan_stood_on_a_date(String name, StoreFactory stores) {
        try (Concordat c = concordat(stores.open())) {
            clock.set(Instant.parse("2026-02-20T09:00:00Z"));
            c.plans().create(renamed(Fixtures.example(), "Version one"));
            clock.set(Instant.parse("2026-03-01T23:30:00Z")); // 23:30 GMT, still 1 March in London
            c.plans().save(renamed(Fixtures.example(), "Version two"), 1);
            clock.set(Instant.parse("2026-04-02T08:00:00Z"));
            c.plans().save(renamed(Fixtures.example(), "Version three"), 2);

            assertThat(c.plans().history("aire-valley-stem"))
                    .extracting(v -> v.plan().partnership().name())
                    .containsExactly("Version one", "Version two", "Version three");
            assertThat(c.plans().asOn("aire-valley-stem", LocalDate.of(2026, 3, 1)))
                    .map(v -> v.plan().partnership().name())
                    .contains("Version two");
            assertThat(c.plans().asOn("aire-valley-stem", LocalDate.of(2026, 2, 28)))
                    .map(PlanVersion::version)
                    .contains(1L);
            assertThat(c.plans().asOn("aire-valley-stem", LocalDate.of(2026, 2, 19)))
                    .isEmpty();
            assertThat(c.plans().asOf("aire-valley-stem", Instant.parse("2026-04-02T08:00:00Z")))
                    .map(PlanVersion::version)
                    .contains(3L);
            assertThat(c.plans().load("aire-valley-stem", 2))
                    .map(PlanVersion::savedAt)
                    .contains(Instant.parse("2026-03-01T23:30:00Z"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void finds_plans_by_member_urn_member_id_and_programme(String name, StoreFactory stores) {
        try (Concordat c = concordat(stores.open())) {
            c.plans().create(Fixtures.example());

            assertThat(c.plans().findByUrn(Urn.parse("138003")))
                    .extracting(PlanVersion::partnershipId)
                    .containsExactly("aire-valley-stem");
            assertThat(c.plans().findByUrn(Urn.parse("100000"))).isEmpty();
            assertThat(c.plans().findByMember("urn-138005")).hasSize(1);
            assertThat(c.plans().findByProgramme("STEM Learning ENTHUSE Partnerships"))
                    .hasSize(1);
            assertThat(c.plans().findByProgramme(" ")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void refuses_a_save_on_a_stale_version_naming_the_plan_and_both_versions(String name, StoreFactory stores) {
        try (Concordat c = concordat(stores.open())) {
            c.plans().create(Fixtures.example());
            c.plans().save(renamed(Fixtures.example(), "Theirs"), 1);

            assertThatThrownBy(() -> c.plans().save(renamed(Fixtures.example(), "Mine"), 1))
                    .isInstanceOfSatisfying(PlanConflictException.class, e -> {
                        assertThat(e.partnershipId()).isEqualTo("aire-valley-stem");
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isEqualTo(2);
                    })
                    .hasMessageContaining(
                            "plan \"aire-valley-stem\": expected version 1 but the store holds version 2");
            assertThatThrownBy(() -> c.plans().create(Fixtures.example()))
                    .isInstanceOf(PlanConflictException.class)
                    .hasMessageContaining("already exists");
            assertThat(c.plans()
                            .load("aire-valley-stem")
                            .orElseThrow()
                            .plan()
                            .partnership()
                            .name())
                    .isEqualTo("Theirs");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void two_threads_saving_on_the_same_version_never_lose_an_update(String name, StoreFactory stores)
            throws Exception {
        try (Concordat c = concordat(stores.open())) {
            c.plans().create(Fixtures.example());
            for (int round = 0; round < 20; round++) {
                long base = c.plans().load("aire-valley-stem").orElseThrow().version();
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<Boolean>> results = new ArrayList<>();
                    for (String who : List.of("A" + round, "B" + round)) {
                        results.add(pool.submit(() -> {
                            start.await();
                            try {
                                c.plans().save(renamed(Fixtures.example(), who), base);
                                return true;
                            } catch (PlanConflictException e) {
                                return false;
                            }
                        }));
                    }
                    start.countDown();
                    int won = 0;
                    for (Future<Boolean> f : results) {
                        won += f.get() ? 1 : 0;
                    }
                    assertThat(won).as("exactly one save wins round %d", round).isEqualTo(1);
                } finally {
                    pool.shutdown();
                }
            }
            assertThat(c.plans().history("aire-valley-stem")).hasSize(21);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void update_retries_so_n_concurrent_updates_make_n_versions(String name, StoreFactory stores) throws Exception {
        try (Concordat c = concordat(stores.open())) {
            c.plans().create(renamed(Fixtures.example(), "x"));
            int threads = 4;
            int each = 5;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            c.plans()
                                    .update(
                                            "aire-valley-stem",
                                            p -> renamed(p, p.partnership().name() + "x"));
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            List<PlanVersion> history = c.plans().history("aire-valley-stem");
            assertThat(history).hasSize(1 + threads * each);
            assertThat(history.get(history.size() - 1).plan().partnership().name())
                    .hasSize(1 + threads * each);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void update_refuses_a_missing_plan_and_a_renaming_change(String name, StoreFactory stores) {
        try (Concordat c = concordat(stores.open())) {
            assertThatThrownBy(() -> c.plans().update("nothing", p -> p))
                    .isInstanceOf(java.util.NoSuchElementException.class)
                    .hasMessageContaining("plan \"nothing\": not stored");
            c.plans().create(Fixtures.example());
            assertThatThrownBy(() -> c.plans()
                            .update(
                                    "aire-valley-stem",
                                    p -> p.withPartnership(Partnership.builder()
                                            .from(p.partnership())
                                            .id("other")
                                            .build())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("renamed it to \"other\"");
            assertThatThrownBy(() -> c.plans().save(Fixtures.example(), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expectedVersion \"-1\"");
        }
    }

    @org.junit.jupiter.api.Test
    void the_file_store_keeps_every_version_after_reopening(@TempDir Path dir) {
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            c.plans().create(Fixtures.example());
            c.plans().save(renamed(Fixtures.example(), "Second"), 1);
        }
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            assertThat(c.plans().history("aire-valley-stem"))
                    .extracting(PlanVersion::version)
                    .containsExactly(1L, 2L);
            assertThat(c.plans().findByUrn(Urn.parse("138001"))).hasSize(1);
        }
    }

    @org.junit.jupiter.api.Test
    void a_closed_facade_refuses_work_and_closes_once() {
        Concordat c = concordat(new InMemoryRecordStore());
        c.close();
        c.close();
        assertThatThrownBy(c::plans).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
