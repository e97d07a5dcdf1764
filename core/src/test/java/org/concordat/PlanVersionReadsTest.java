package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionInfo;
import org.junit.jupiter.api.Test;

/** Reading one old version, or listing versions, reads no other version's payload. */
class PlanVersionReadsTest {
    /** A memory store that counts every payload it hands out and refuses whole-history reads. */
    static final class CountingStore implements RecordStore {
        final InMemoryRecordStore inner = new InMemoryRecordStore();
        final AtomicInteger payloadsRead = new AtomicInteger();

        @Override
        public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
            return inner.append(key, expectedVersion, draft);
        }

        @Override
        public Optional<StoredRecord> latest(RecordKey key) {
            return counted(inner.latest(key));
        }

        @Override
        public List<StoredRecord> history(RecordKey key) {
            throw new AssertionError("history(" + key + ") read every version");
        }

        @Override
        public Optional<StoredRecord> version(RecordKey key, long version) {
            return counted(inner.version(key, version));
        }

        @Override
        public List<VersionInfo> versions(RecordKey key, long after, int limit) {
            return inner.versions(key, after, limit);
        }

        @Override
        public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
            return counted(inner.asOf(key, instant));
        }

        @Override
        public List<StoredRecord> find(String type, IndexTerm term) {
            return inner.find(type, term);
        }

        @Override
        public List<RecordKey> keys(String type) {
            return inner.keys(type);
        }

        @Override
        public void close() {
            inner.close();
        }

        private Optional<StoredRecord> counted(Optional<StoredRecord> r) {
            r.ifPresent(x -> payloadsRead.incrementAndGet());
            return r;
        }
    }

    private final HandClock clock = new HandClock(Instant.parse("2026-02-20T09:00:00Z"));

    private static PartnershipPlan renamed(String name) {
        PartnershipPlan plan = Fixtures.example();
        return plan.withPartnership(
                Partnership.builder().from(plan.partnership()).name(name).build());
    }

    @Test
    void as_of_load_and_versions_read_one_version_or_none() {
        CountingStore store = new CountingStore();
        try (Concordat c = Concordat.builder()
                .store(store)
                .notifier(new CollectingNotifier())
                .clock(clock)
                .author("test")
                .build()) {
            for (int v = 1; v <= 31; v++) {
                c.plans().save(renamed("Version " + v), v - 1);
                clock.set(clock.instant().plusSeconds(86_400));
            }
            store.payloadsRead.set(0);

            assertThat(c.plans().asOf("aire-valley-stem", Instant.parse("2026-02-25T12:00:00Z")))
                    .map(v -> v.plan().partnership().name())
                    .contains("Version 6");
            assertThat(store.payloadsRead).hasValue(1);

            assertThat(c.plans().load("aire-valley-stem", 3))
                    .map(v -> v.plan().partnership().name())
                    .contains("Version 3");
            assertThat(store.payloadsRead).hasValue(2);

            List<PlanVersionSummary> versions = c.plans().versions("aire-valley-stem");
            assertThat(versions).hasSize(31);
            assertThat(versions.get(0).savedAt()).isEqualTo(Instant.parse("2026-02-20T09:00:00Z"));
            assertThat(versions.get(30).version()).isEqualTo(31);
            assertThat(versions).allSatisfy(v -> {
                assertThat(v.author()).isEqualTo("test");
                assertThat(v.size()).isPositive();
            });
            assertThat(store.payloadsRead).hasValue(2);
            assertThat(c.plans().versions("no-such-plan")).isEmpty();
        }
    }
}
