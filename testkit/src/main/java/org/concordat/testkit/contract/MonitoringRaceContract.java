package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.concordat.Concordat;
import org.concordat.NotificationMode;
import org.concordat.UpdateRepository;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.io.PlanFormat;
import org.concordat.io.Plans;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateRefusedException;
import org.concordat.monitoring.UpdateStatus;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionInfo;
import org.junit.jupiter.api.Test;

/**
 * Two approvers deciding the same monitoring update at once, on a real store: one decision is
 * recorded, the other is refused as a conflict ({@link UpdateRefusedException.Refusal#CONFLICT}),
 * and the update's history shows one decision. Extend it with {@link #newStore()} to run it against
 * a store. Both approvers read the update before either writes: the store under test is wrapped so
 * that its first two atomic appends wait for each other at a barrier, and only the store's own
 * version check can then decide between them.
 */
public abstract class MonitoringRaceContract {
    private static final String P = "aire-valley-stem";
    private static final PartnershipPlan PLAN = plan();

    /** A new, empty store; called once per round. */
    protected abstract RecordStore newStore();

    private static PartnershipPlan plan() {
        try (InputStream in = MonitoringRaceContract.class.getResourceAsStream("monitoring-plan.yaml")) {
            return Plans.read(in, PlanFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void two_approvals_at_once_record_one_and_refuse_the_other_as_a_conflict() {
        race((u, id) -> u.approve(P, "p-okafor", id), (u, id) -> u.approve(P, "p-begum", id));
    }

    @Test
    void an_approval_and_a_return_at_once_record_one_decision_only() {
        race((u, id) -> u.approve(P, "p-okafor", id), (u, id) -> u.returnUpdate(P, "p-begum", id, "n is missing"));
    }

    @Test
    void two_returns_at_once_record_one_reason() {
        race(
                (u, id) -> u.returnUpdate(P, "p-okafor", id, "check the period"),
                (u, id) -> u.returnUpdate(P, "p-begum", id, "check n"));
    }

    private void race(
            BiFunction<UpdateRepository, String, Update> first, BiFunction<UpdateRepository, String, Update> second) {
        GatedStore store = new GatedStore(newStore());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Concordat concordat = Concordat.builder()
                .store(store)
                .notifications(NotificationMode.RECORD_ONLY)
                .notifier(n -> {})
                .build()) {
            concordat.plans().create(PLAN);
            UpdateRepository updates = concordat.updates();
            Observation value = Observation.builder()
                    .measureId("M4")
                    .institution("urn-138003")
                    .period(Period.parse("2025-09-01/2025-12-19"))
                    .value(new BigDecimal("31"))
                    .n(150)
                    .source("options returns")
                    .build();
            String id = updates.submitAll(P, "p-novak", List.of(value)).get(0).id();

            store.arm();
            List<Future<Update>> decisions =
                    List.of(pool.submit(() -> first.apply(updates, id)), pool.submit(() -> second.apply(updates, id)));
            List<Update> recorded = new ArrayList<>();
            List<UpdateRefusedException> refused = new ArrayList<>();
            for (Future<Update> f : decisions) {
                try {
                    recorded.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(UpdateRefusedException.class);
                    refused.add((UpdateRefusedException) e.getCause());
                } catch (InterruptedException | TimeoutException e) {
                    throw new AssertionError("a decision did not finish", e);
                }
            }
            assertThat(recorded).hasSize(1);
            assertThat(refused).singleElement().satisfies(e -> {
                assertThat(e.refusal()).isEqualTo(UpdateRefusedException.Refusal.CONFLICT);
                assertThat(e.getMessage()).contains("another decision was recorded first");
            });
            Update winner = recorded.get(0);
            List<Transition> history = updates.history(P, id);
            assertThat(history).extracting(Transition::to).containsExactly(UpdateStatus.SUBMITTED, winner.status());
            assertThat(history.get(1).personId()).isEqualTo(winner.last().personId());
            assertThat(updates.find(P, id)).contains(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The store under test, unchanged, except that once armed its next two atomic appends wait for
     * each other, so that both writers have read what they decide on before either writes.
     */
    private static final class GatedStore implements RecordStore {
        private final RecordStore store;
        private final CyclicBarrier barrier = new CyclicBarrier(2);
        private final AtomicBoolean armed = new AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicInteger waiting =
                new java.util.concurrent.atomic.AtomicInteger();

        GatedStore(RecordStore store) {
            this.store = store;
        }

        void arm() {
            armed.set(true);
        }

        @Override
        public List<Long> appendAll(List<RecordAppend> appends) {
            if (armed.get() && waiting.getAndIncrement() < 2) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other decision never reached the store", e);
                }
            }
            return store.appendAll(appends);
        }

        @Override
        public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
            return store.append(key, expectedVersion, draft);
        }

        @Override
        public void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
            store.erase(key, redacted, erasure);
        }

        @Override
        public List<Erasure> erasures(RecordKey key) {
            return store.erasures(key);
        }

        @Override
        public Optional<StoredRecord> latest(RecordKey key) {
            return store.latest(key);
        }

        @Override
        public List<StoredRecord> history(RecordKey key) {
            return store.history(key);
        }

        @Override
        public Optional<StoredRecord> version(RecordKey key, long version) {
            return store.version(key, version);
        }

        @Override
        public List<VersionInfo> versions(RecordKey key, long after, int limit) {
            return store.versions(key, after, limit);
        }

        @Override
        public Optional<StoredRecord> asOf(RecordKey key, Instant instant) {
            return store.asOf(key, instant);
        }

        @Override
        public List<StoredRecord> find(String type, IndexTerm term) {
            return store.find(type, term);
        }

        @Override
        public List<RecordKey> keys(String type) {
            return store.keys(type);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
