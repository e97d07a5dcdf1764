package org.concordat.testkit.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoreArguments;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;

/**
 * Backends broken in one way each, as an adopter might write them by mistake, for proving that the
 * contracts catch them. Each is otherwise correct, so the contract's failure is that one promise.
 */
final class BrokenBackends {
    private BrokenBackends() {}

    /** A memory store whose histories are immutable lists replaced whole; subclasses break it. */
    static class ListStore implements RecordStore {
        final Map<RecordKey, List<StoredRecord>> records = new ConcurrentHashMap<>();
        volatile boolean closed;

        @Override
        public synchronized long append(RecordKey key, long expectedVersion, RecordDraft draft) {
            return checkThenPut(key, expectedVersion, draft);
        }

        final Map<RecordKey, List<Erasure>> erasures = new ConcurrentHashMap<>();

        @Override
        public synchronized void erase(RecordKey key, Map<Long, RecordDraft> redacted, Erasure erasure) {
            StoreArguments.erasure(key, redacted, erasure);
            open();
            List<StoredRecord> history = new ArrayList<>(records.getOrDefault(key, List.of()));
            redacted.forEach((v, d) -> {
                if (v > history.size()) {
                    throw new java.util.NoSuchElementException("record " + key + " has no version " + v);
                }
                StoreArguments.redaction(history.get((int) (v - 1)), d);
            });
            redacted.forEach((v, d) -> history.set((int) (v - 1), StoredRecord.of(key, v, d)));
            records.put(key, List.copyOf(history));
            erasures.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(erasure);
        }

        @Override
        public List<Erasure> erasures(RecordKey key) {
            open();
            return List.copyOf(erasures.getOrDefault(key, List.of()));
        }

        @Override
        public synchronized List<Long> appendAll(List<RecordAppend> appends) {
            List<RecordAppend> checked = StoreArguments.appends(appends);
            open();
            for (RecordAppend a : checked) {
                long current = records.getOrDefault(a.key(), List.of()).size();
                if (current != a.expectedVersion()) {
                    throw new VersionConflictException(a.key(), a.expectedVersion(), current);
                }
            }
            return checked.stream()
                    .map(a -> checkThenPut(a.key(), a.expectedVersion(), a.draft()))
                    .toList();
        }

        /** Called between the check and the write; a sound store does nothing here. */
        void betweenCheckAndPut() {}

        /** Reads the current version, checks it, then writes: atomic only under a lock. */
        final long checkThenPut(RecordKey key, long expectedVersion, RecordDraft draft) {
            StoreArguments.key(key);
            StoreArguments.expectedVersion(expectedVersion);
            open();
            List<StoredRecord> history = records.getOrDefault(key, List.of());
            if (history.size() != expectedVersion) {
                throw new VersionConflictException(key, expectedVersion, history.size());
            }
            betweenCheckAndPut();
            List<StoredRecord> next = new ArrayList<>(history);
            next.add(StoredRecord.of(key, expectedVersion + 1, draft));
            records.put(key, List.copyOf(next));
            return expectedVersion + 1;
        }

        @Override
        public Optional<StoredRecord> latest(RecordKey key) {
            open();
            List<StoredRecord> history = records.getOrDefault(key, List.of());
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }

        @Override
        public List<StoredRecord> history(RecordKey key) {
            open();
            return records.getOrDefault(key, List.of());
        }

        @Override
        public List<StoredRecord> find(String type, IndexTerm term) {
            RecordKey.checkType(type);
            open();
            return records.keySet().stream()
                    .filter(k -> k.type().equals(type))
                    .sorted()
                    .map(k -> latest(k).orElseThrow())
                    .filter(r -> r.hasIndexTerm(term))
                    .toList();
        }

        @Override
        public List<RecordKey> keys(String type) {
            RecordKey.checkType(type);
            open();
            return records.keySet().stream()
                    .filter(k -> k.type().equals(type))
                    .sorted()
                    .toList();
        }

        @Override
        public void close() {
            closed = true;
        }

        void open() {
            if (closed) {
                throw new IllegalStateException("closed");
            }
        }
    }

    /** Checks the expected version, then writes, with nothing making the two one step. */
    static final class GetCheckPutStore extends ListStore {
        /**
         * A real get-check-put store makes a round trip (a query, a file read) between its check
         * and its write; a tenth of a millisecond stands for it, so the window is as wide as a real
         * one's and the race is caught even when a loaded machine runs the racers one after another.
         */
        @Override
        void betweenCheckAndPut() {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }

        // Unsynchronized on purpose: this store loses updates, and the contract must catch it.
        @SuppressWarnings("UnsynchronizedOverridesSynchronized")
        @Override
        public long append(RecordKey key, long expectedVersion, RecordDraft draft) {
            return checkThenPut(key, expectedVersion, draft);
        }
    }

    /** Keeps only the two newest versions of a record, as a cache might. */
    static final class LostHistoryStore extends ListStore {
        @Override
        public List<StoredRecord> history(RecordKey key) {
            List<StoredRecord> all = super.history(key);
            return all.subList(Math.max(0, all.size() - 2), all.size());
        }
    }

    /** Lists a history newest first. */
    static final class WrongOrderStore extends ListStore {
        @Override
        public List<StoredRecord> history(RecordKey key) {
            List<StoredRecord> all = new ArrayList<>(super.history(key));
            Collections.reverse(all);
            return all;
        }
    }

    /** Accepts every notification and delivers none. */
    static final class DroppingNotifier implements Notifier {
        @Override
        public void send(Notification notification) {
            java.util.Objects.requireNonNull(notification, "notification");
        }
    }

    /** Delivers every notification twice, as a retry after a lost acknowledgement might. */
    static final class DuplicatingNotifier implements Notifier {
        final List<Notification> destination;

        DuplicatingNotifier(List<Notification> destination) {
            this.destination = destination;
        }

        @Override
        public void send(Notification notification) {
            destination.add(notification);
            destination.add(notification);
        }
    }

    /** Delivers every notification once, with the right subject and id but another text. */
    static final class GarblingNotifier implements Notifier {
        final List<Notification> destination;

        GarblingNotifier(List<Notification> destination) {
            this.destination = destination;
        }

        @Override
        public void send(Notification n) {
            destination.add(new Notification(
                    n.eventType(),
                    n.partnershipId(),
                    n.recipients(),
                    n.subject(),
                    "\uFFFD garbled \uFFFD",
                    n.htmlBody(),
                    n.links(),
                    n.id()));
        }
    }

    /** Delivers every notification once, intact but under an id of its own making each time. */
    static final class NewIdNotifier implements Notifier {
        final List<Notification> destination;
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();

        NewIdNotifier(List<Notification> destination) {
            this.destination = destination;
        }

        @Override
        public void send(Notification n) {
            destination.add(new Notification(
                    n.eventType(),
                    n.partnershipId(),
                    n.recipients(),
                    n.subject(),
                    n.textBody(),
                    n.htmlBody(),
                    n.links(),
                    "attempt-" + next.incrementAndGet()));
        }
    }

    /** Delivers every notification once, as it was sent: the sound notifier. */
    static final class ListNotifier implements Notifier {
        final List<Notification> destination;

        ListNotifier(List<Notification> destination) {
            this.destination = destination;
        }

        @Override
        public void send(Notification n) {
            destination.add(java.util.Objects.requireNonNull(n, "notification"));
        }
    }

    /** A destination the notifiers above write to, as a test mailbox would. */
    static List<Notification> destination() {
        return new CopyOnWriteArrayList<>();
    }
}
