package org.concordat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.concordat.evaluation.Observation;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;

/**
 * Keeps each partnership's monitoring observations in the facade's {@link RecordStore}: one record
 * per partnership (type {@code observations}, id the partnership id) with one version per call of
 * {@link #record}, holding that call's batch only, so storage grows with the observations recorded,
 * not with their square. Stores written by earlier versions of Concordat, whose versions each hold
 * every observation so far, read unchanged and take new batches after them. Recording appends with
 * optimistic concurrency and retries on a conflict, so observations recorded at the same time by two
 * writers are both kept. Safe for use by many threads at once.
 */
public final class ObservationRepository {
    /** What the facade does once observations are stored: judge objectives and notify. */
    interface RecordListener {
        void recorded(String partnershipId, List<Observation> before, List<Observation> after);
    }

    private final RecordStore store;
    private final Clock clock;
    private final String author;
    private final RecordListener listener;

    ObservationRepository(RecordStore store, Clock clock, String author, RecordListener listener) {
        this.store = store;
        this.clock = clock;
        this.author = author;
        this.listener = listener;
    }

    /**
     * Adds {@code observations} to the partnership's, as a new version.
     *
     * @return the version stored
     * @throws PlanConflictException when {@value PlanRepository#MAX_UPDATE_ATTEMPTS} attempts all
     *     conflicted
     */
    public long record(String partnershipId, List<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        RecordKey key = ObservationRecords.key(partnershipId);
        VersionConflictException last = null;
        for (int attempt = 0; attempt < PlanRepository.MAX_UPDATE_ATTEMPTS; attempt++) {
            // One read of the history gives both the version to expect and what was known before,
            // consistently; the listener needs "before" to judge what the batch changed.
            List<StoredRecord> history = store.history(key);
            List<Observation> before = ObservationRecords.fold(history);
            List<Observation> after = new ArrayList<>(before);
            after.addAll(observations);
            Set<IndexTerm> terms = history.isEmpty()
                    ? Set.of()
                    : history.get(history.size() - 1).content().indexTerms();
            try {
                long version = store.append(
                        key, history.size(), ObservationRecords.draft(observations, terms, author, clock.instant()));
                listener.recorded(partnershipId, before, List.copyOf(after));
                return version;
            } catch (VersionConflictException e) {
                last = e;
            }
        }
        VersionConflictException e = Objects.requireNonNull(last);
        throw new PlanConflictException(partnershipId, e.expectedVersion(), e.actualVersion(), e);
    }

    /** Every observation recorded for the partnership, in the order recorded; empty when none. */
    public List<Observation> load(String partnershipId) {
        return ObservationRecords.fold(store.history(ObservationRecords.key(partnershipId)));
    }

    /**
     * The day the latest data for the measure describes (the end of its period).
     *
     * @return empty when no observation of it is recorded
     */
    public Optional<LocalDate> lastCollected(String partnershipId, String measureId) {
        return load(partnershipId).stream()
                .filter(o -> o.measureId().equals(measureId))
                .map(Observation::date)
                .max(Comparator.naturalOrder());
    }
}
