package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebooks;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The facade keeps the latest version of each plan it used, decoded, so an unchanged plan is not
 * decoded on load nor encoded on save, yet never answers with a version the store no longer holds:
 * another writer's version and an erasure are always read afresh.
 */
class PlanRepositoryLatestTest {
    private static final String ID = Fixtures.example().partnership().id();
    private static final String MEMBER =
            Fixtures.example().partnership().members().get(0).institutionId();

    private final HandClock clock = new HandClock(Instant.parse("2026-02-20T09:00:00Z"));

    private Concordat concordat(RecordStore store) {
        return Concordat.builder()
                .store(store)
                .notifier(new CollectingNotifier())
                .clock(clock)
                .author("test")
                .requireRulebook(Rulebooks.stemPartnership())
                .build();
    }

    private static PartnershipPlan renamed(String name) {
        PartnershipPlan plan = Fixtures.example();
        return plan.withPartnership(
                Partnership.builder().from(plan.partnership()).name(name).build());
    }

    @Test
    void an_unchanged_latest_version_is_loaded_without_decoding_it_again() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            PlanVersion saved = c.plans().create(Fixtures.example());

            PlanVersion first = c.plans().load(ID).orElseThrow();
            PlanVersion second = c.plans().load(ID).orElseThrow();

            // The very plan saved comes back: nothing was decoded.
            assertThat(first.plan()).isSameAs(saved.plan());
            assertThat(second.plan()).isSameAs(saved.plan());
            assertThat(second).isEqualTo(saved);
        }
    }

    @Test
    void saving_an_unchanged_plan_stores_what_encoding_it_would() {
        RecordStore store = new InMemoryRecordStore();
        try (Concordat c = concordat(store)) {
            PlanVersion v1 = c.plans().create(Fixtures.example());
            clock.set(clock.instant().plusSeconds(60));

            PlanVersion v2 = c.plans().save(c.plans().load(ID).orElseThrow().plan(), v1.version());

            StoredRecord stored = store.latest(PlanRecords.key(ID)).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.payload()).isEqualTo(PlanRecords.encode(Fixtures.example()));
            assertThat(stored.content().indexTerms()).isEqualTo(PlanRecords.terms(Fixtures.example()));
            assertThat(stored.content().time()).isEqualTo(v2.savedAt()).isNotEqualTo(v1.savedAt());
        }
    }

    @Test
    void a_version_saved_by_another_writer_is_read_not_the_one_kept() {
        RecordStore store = new InMemoryRecordStore();
        Concordat a = concordat(store);
        Concordat b = concordat(store);
        a.plans().create(Fixtures.example());
        assertThat(a.plans().load(ID).orElseThrow().version()).isEqualTo(1);

        b.plans().save(renamed("Renamed elsewhere"), 1);

        PlanVersion seen = a.plans().load(ID).orElseThrow();
        assertThat(seen.version()).isEqualTo(2);
        assertThat(seen.plan().partnership().name()).isEqualTo("Renamed elsewhere");
        a.close();
    }

    @Test
    void a_version_erased_by_another_writer_is_read_afresh() {
        RecordStore store = new InMemoryRecordStore();
        Concordat a = concordat(store);
        Concordat b = concordat(store);
        a.plans().create(Fixtures.example());
        assertThat(a.plans()
                        .load(ID)
                        .orElseThrow()
                        .plan()
                        .person("p-hughes")
                        .orElseThrow()
                        .name())
                .isEqualTo("Tom Hughes");

        b.erasePerson("p-hughes", "erasure request 2026-41");

        PlanVersion seen = a.plans().load(ID).orElseThrow();
        assertThat(seen.version()).isEqualTo(1);
        assertThat(seen.plan().person("p-hughes").orElseThrow().name()).isEqualTo(PlanRepository.ERASED_NAME);
        a.close();
    }

    /** One action by one of two facades sharing a store. */
    private record Action(int who, int what, int name) {}

    private static Gen<List<Action>> actions() {
        Gen<Action> action = SourceDSL.integers()
                .between(0, 1)
                .zip(SourceDSL.integers().between(0, 4), SourceDSL.integers().between(0, 2), Action::new);
        return SourceDSL.lists().of(action).ofSizeBetween(1, 12);
    }

    @Test
    void every_load_equals_decoding_the_stored_latest_version() {
        qt().withExamples(40).forAll(actions()).checkAssert(actions -> {
            RecordStore store = new InMemoryRecordStore();
            List<Concordat> facades = List.of(concordat(store), concordat(store));
            for (Action act : actions) {
                Concordat c = facades.get(act.who());
                Optional<PlanVersion> current = c.plans().load(ID);
                long version = current.map(PlanVersion::version).orElse(0L);
                switch (act.what()) {
                    case 0 -> c.plans().save(renamed("Name " + act.name()), version);
                    // Unchanged: the plan just loaded, or an equal one built afresh.
                    case 1 -> c.plans().save(current.map(PlanVersion::plan).orElse(Fixtures.example()), version);
                    case 2 -> c.plans().save(renamed("Name " + act.name()), version);
                    case 3 -> c.erasePerson("p-hughes", "request " + act.name());
                    default -> c.plans().findByMember(MEMBER);
                }
                clock.set(clock.instant().plusSeconds(1));
                Optional<StoredRecord> stored = store.latest(PlanRecords.key(ID));
                for (Concordat each : facades) {
                    assertThat(each.plans().load(ID)).isEqualTo(stored.map(PlanRecords::read));
                    assertThat(each.plans().findByMember(MEMBER))
                            .isEqualTo(stored.map(PlanRecords::read).stream().toList());
                }
            }
            facades.get(0).close();
        });
    }
}
