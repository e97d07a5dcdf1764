package org.concordat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.StoredRecord;
import org.jspecify.annotations.Nullable;

/**
 * The latest version of each recently used plan, decoded, with the bytes it was stored as: what lets
 * {@link PlanRepository} load an unchanged latest version without decoding it and save an unchanged
 * plan without encoding or validating it again. Nothing here is trusted blindly: an entry is used
 * for a stored record only when that record is the same version with the same bytes, so a version
 * written by another process, or redacted by an erasure, is always decoded afresh.
 *
 * <p>Holds at most {@link #CAPACITY} plans, the least recently used leaving first. Thread-safe.
 */
final class LatestPlans {
    /** How many plans are kept: a partnership's tool works on a few at a time. */
    static final int CAPACITY = 32;

    private final Map<String, Entry> entries;

    LatestPlans(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LatestPlans.Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * One plan version as decoded or as saved.
     *
     * @param version the plan, its version number, time and author
     * @param payload the bytes it is stored as (never handed out, never changed)
     * @param terms its index terms
     * @param validOn the day the facade's rulebook last found it valid, or null when not checked
     * @param record the stored record it was last matched with (for a cheap identity check), or null
     */
    // The payload is compared by content (payloadEquals) where it matters; entries themselves are
    // never compared with equals, so an array component is safe here.
    @SuppressWarnings("ArrayRecordComponent")
    record Entry(
            PlanVersion version,
            byte[] payload,
            Set<IndexTerm> terms,
            @Nullable LocalDate validOn,
            @Nullable StoredRecord record) {
        /** Whether {@code plan} is this entry's plan: the same object, or an equal one. */
        @SuppressWarnings("ReferenceEquality") // identity first: the cheap answer, then equals
        boolean holds(PartnershipPlan plan) {
            PartnershipPlan mine = version.plan();
            return mine == plan || mine.equals(plan);
        }

        /**
         * This entry's plan as the version {@code stored} holds, when {@code stored} is the same
         * version in the same schema with the same bytes; empty otherwise.
         */
        @SuppressWarnings("ReferenceEquality") // the very record last matched: no need to compare bytes
        Optional<PlanVersion> versionIn(StoredRecord stored) {
            if (stored == record) {
                return Optional.of(version);
            }
            if (stored.version() != version.version()
                    || stored.content().schemaVersion() != org.concordat.io.Plans.SCHEMA_VERSION
                    || !stored.key()
                            .equals(PlanRecords.key(version.plan().partnership().id()))
                    || !stored.content().payloadEquals(payload)) {
                return Optional.empty();
            }
            return Optional.of(new PlanVersion(
                    version.plan(),
                    stored.version(),
                    stored.content().time(),
                    stored.content().author()));
        }

        /** This entry, remembered as matched with {@code stored}. */
        Entry seenAs(StoredRecord stored) {
            PlanVersion as = new PlanVersion(
                    version.plan(),
                    stored.version(),
                    stored.content().time(),
                    stored.content().author());
            return new Entry(as, payload, terms, validOn, stored);
        }
    }

    /** The entry of a partnership, or null. */
    synchronized @Nullable Entry get(String partnershipId) {
        return entries.get(partnershipId);
    }

    /** Keeps {@code entry} as the latest of its partnership. */
    synchronized void put(String partnershipId, Entry entry) {
        entries.put(partnershipId, entry);
    }

    /** Forgets every plan. */
    synchronized void clear() {
        entries.clear();
    }
}
