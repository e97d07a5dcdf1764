package org.concordat;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.concordat.event.ActivityComingUp;
import org.concordat.event.Addressing;
import org.concordat.event.AgreementAwaitingApproval;
import org.concordat.event.AgreementInForce;
import org.concordat.event.ApprovalRecorded;
import org.concordat.event.EventNotifications;
import org.concordat.event.MeasureDataOverdue;
import org.concordat.event.ObjectiveStatusChanged;
import org.concordat.event.PeriodLockChanged;
import org.concordat.event.PlanEvent;
import org.concordat.event.UpdateTransitioned;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;

/**
 * The durable, at-least-once outbox kept in a {@link RecordStore} through the SPI only (see {@link
 * OutboxRecords} for the layout): records the notifications events cause, sends what is pending
 * through each configured notifier, records each delivery, and erases a person from what it holds.
 *
 * <p>A delivery that fails for now stays pending, tried again after {@link #FIRST_RETRY} doubled
 * at each attempt, at most {@link #LONGEST_WAIT} (or later, when the notifier said how long to
 * wait), and given up after {@link #MAX_ATTEMPTS} attempts. A notification is sent to a notifier
 * again only until that notifier has delivered it: a crash between sending and recording sends it
 * again, with the same id. Safe for use by many threads and processes at once (a second dispatcher
 * may send a notification twice, never under two ids).
 */
final class Outbox {
    /** How long after the first failed attempt the next one is made. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    /** The longest wait between attempts. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** How many attempts through one notifier before giving up. */
    public static final int MAX_ATTEMPTS = 12;

    private static final int MAX_MERGES = 100;
    private static final String ERASED = "[erased]";

    private final RecordStore store;
    private final Clock clock;
    private final String author;

    /** An outbox over {@code store}, stamping changes with {@code clock}'s time and {@code author}. */
    public Outbox(RecordStore store, Clock clock, String author) {
        this.store = store;
        this.clock = clock;
        this.author = author;
    }

    // ---- what causes a notification, and its id

    /** The cause of an event brought about by saving version {@code version} of a plan. */
    public static List<String> savedCause(PlanEvent event, long version) {
        List<String> parts = new ArrayList<>(List.of("plan-version", event.partnershipId(), Long.toString(version)));
        parts.addAll(detail(event));
        return parts;
    }

    /**
     * The cause of a reminder found on {@code asOf}: the thing reminded of (an activity's occurrence,
     * a measure's due date), so reminding again on another day does not repeat it; for an agreement
     * awaiting approval, the week of {@code asOf} too, so it is repeated at most weekly.
     */
    public static List<String> reminderCause(PlanEvent event, LocalDate asOf) {
        List<String> parts = new ArrayList<>(List.of("reminder", event.partnershipId()));
        parts.addAll(detail(event));
        if (event instanceof AgreementAwaitingApproval) {
            parts.add(asOf.get(IsoFields.WEEK_BASED_YEAR) + "-W" + asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return parts;
    }

    /** The cause of an event found when the {@code count}th observation of a partnership was recorded. */
    public static List<String> observedCause(PlanEvent event, int count) {
        List<String> parts = new ArrayList<>(List.of("observations", event.partnershipId(), Integer.toString(count)));
        parts.addAll(detail(event));
        return parts;
    }

    /**
     * The cause of an event brought about by a monitoring step (an update's transition or a lock
     * change): the event's detail names the record and the version that recorded the step.
     */
    public static List<String> monitoringCause(PlanEvent event) {
        List<String> parts = new ArrayList<>(List.of("monitoring", event.partnershipId()));
        parts.addAll(detail(event));
        return parts;
    }

    /** The cause of an event published by an application: the event and the notification's content. */
    public static List<String> publishedCause(PlanEvent event, Optional<Notification> content) {
        List<String> parts = new ArrayList<>(List.of("published", event.partnershipId()));
        parts.addAll(detail(event));
        parts.add(content.map(Notification::id).orElse(""));
        return parts;
    }

    /** The event type and what identifies the event among others of its type and partnership. */
    static List<String> detail(PlanEvent event) {
        List<String> parts = new ArrayList<>(List.of(event.eventType()));
        if (event instanceof AgreementAwaitingApproval e) {
            parts.add(Integer.toString(e.agreementVersion()));
            parts.add(String.join(",", e.awaitingInstitutionIds()));
        } else if (event instanceof ApprovalRecorded e) {
            parts.add(Integer.toString(e.agreementVersion()));
            parts.add(e.approval().institutionId());
        } else if (event instanceof AgreementInForce e) {
            parts.add(Integer.toString(e.agreementVersion()));
        } else if (event instanceof ActivityComingUp e) {
            parts.add(e.activityId());
            parts.add(e.starts().toString());
        } else if (event instanceof MeasureDataOverdue e) {
            parts.add(e.measureId());
            parts.add(e.due().toString());
        } else if (event instanceof ObjectiveStatusChanged e) {
            parts.add(e.objectiveId());
            parts.add(e.from().name());
            parts.add(e.to().name());
        } else if (event instanceof UpdateTransitioned e) {
            parts.add(e.updateId());
            parts.add(Long.toString(e.version()));
        } else if (event instanceof PeriodLockChanged e) {
            parts.add(e.measureId().orElse("*"));
            parts.add(e.period().toString());
            parts.add(Long.toString(e.version()));
        }
        return parts;
    }

    // ---- recording

    /**
     * The outbox items for {@code events}, addressed from {@code plan}, in event order, each with the
     * id its cause gives. An event nobody can be reached for is kept too (with no recipients), so the
     * dispatcher can count it.
     */
    public List<OutboxItem> items(
            List<? extends PlanEvent> events,
            PartnershipPlan plan,
            java.util.function.Function<PlanEvent, List<String>> cause) {
        Instant now = clock.instant();
        List<OutboxItem> items = new ArrayList<>();
        for (PlanEvent event : events) {
            List<String> parts = cause.apply(event);
            Addressing a = EventNotifications.address(event, plan);
            List<OutboxItem.Addressee> to = new ArrayList<>();
            String subject = "";
            String text = "";
            Optional<String> html = Optional.empty();
            List<org.concordat.spi.Link> links = List.of();
            if (a.notification().isPresent()) {
                Notification n = a.notification().get();
                for (int i = 0; i < n.recipients().size(); i++) {
                    to.add(new OutboxItem.Addressee(
                            a.personIds().get(i), n.recipients().get(i)));
                }
                subject = n.subject();
                text = n.textBody();
                html = n.htmlBody();
                links = n.links();
            }
            items.add(new OutboxItem(
                    OutboxRecords.id(parts),
                    String.join(" ", parts),
                    items.size(),
                    now,
                    event.eventType(),
                    event.partnershipId(),
                    to,
                    a.withoutAddress(),
                    a.optedOut(),
                    subject,
                    text,
                    html,
                    links,
                    Map.of(),
                    OutboxItem.Status.PENDING));
        }
        return List.copyOf(items);
    }

    /** The appends that record {@code items} as new records, for an {@link RecordStore#appendAll} with others. */
    public List<RecordAppend> appends(List<OutboxItem> items) {
        List<RecordAppend> out = new ArrayList<>();
        for (OutboxItem item : items) {
            out.add(RecordAppend.of(
                    OutboxRecords.key(item.id()),
                    RecordStore.NO_VERSION,
                    OutboxRecords.draft(item, author, item.recorded())));
        }
        return out;
    }

    /**
     * Records those of {@code items} not yet recorded, each on its own (a cause recorded before, by
     * this process or another, is left as it is).
     *
     * @return the ids recorded now, in order
     */
    public List<String> recordNew(List<OutboxItem> items) {
        List<String> recorded = new ArrayList<>();
        for (OutboxItem item : items) {
            try {
                store.append(
                        OutboxRecords.key(item.id()),
                        RecordStore.NO_VERSION,
                        OutboxRecords.draft(item, author, item.recorded()));
                recorded.add(item.id());
            } catch (VersionConflictException e) {
                // Already recorded: the same cause, so the same notification.
            }
        }
        return List.copyOf(recorded);
    }

    // ---- reading

    /** Every notification with a delivery still to make, oldest first. */
    public List<OutboxEntry> pending() {
        return pendingItems().stream().map(Outbox::entry).toList();
    }

    /** The notification with {@code id}, latest state, when recorded. */
    public Optional<OutboxEntry> entry(String id) {
        return store.latest(OutboxRecords.key(id)).map(OutboxRecords::read).map(Outbox::entry);
    }

    private List<OutboxItem> pendingItems() {
        List<OutboxItem> items = new ArrayList<>();
        for (StoredRecord r :
                store.find(OutboxRecords.TYPE, IndexTerm.of(OutboxRecords.STATE, OutboxRecords.PENDING))) {
            OutboxItem item = OutboxRecords.read(r);
            if (item.status() == OutboxItem.Status.PENDING) {
                items.add(item);
            }
        }
        items.sort(ORDER);
        return items;
    }

    private static final Comparator<OutboxItem> ORDER = Comparator.comparing(OutboxItem::recorded)
            .thenComparing(OutboxItem::partnershipId)
            .thenComparingInt(OutboxItem::sequence)
            .thenComparing(OutboxItem::id);

    static OutboxEntry entry(OutboxItem item) {
        Map<String, OutboxEntry.Delivery> deliveries = new TreeMap<>();
        item.deliveries()
                .forEach((name, d) -> deliveries.put(
                        name,
                        new OutboxEntry.Delivery(d.state().name(), d.attempts(), d.nextAttempt(), d.lastError())));
        return new OutboxEntry(
                item.id(),
                item.cause(),
                item.eventType(),
                item.partnershipId(),
                item.recorded(),
                item.recipients().size(),
                item.status().name(),
                deliveries);
    }

    // ---- dispatching

    /**
     * Sends every pending notification that is due through each notifier in {@code notifiers} that
     * has not yet delivered it, and records the outcome.
     */
    public DispatchSummary dispatch(Map<String, Notifier> notifiers) {
        return dispatchItems(notifiers, pendingItems());
    }

    /** As {@link #dispatch(Map)}, for the notifications with {@code ids} only (those just recorded), in that order. */
    public DispatchSummary dispatch(Map<String, Notifier> notifiers, List<String> ids) {
        List<OutboxItem> items = new ArrayList<>();
        for (String id : ids) {
            store.latest(OutboxRecords.key(id))
                    .map(OutboxRecords::read)
                    .filter(i -> i.status() == OutboxItem.Status.PENDING)
                    .ifPresent(items::add);
        }
        return dispatchItems(notifiers, items);
    }

    private DispatchSummary dispatchItems(Map<String, Notifier> notifiers, List<OutboxItem> items) {
        Tally tally = new Tally();
        for (OutboxItem item : items) {
            send(item, notifiers, tally);
        }
        return new DispatchSummary(
                tally.sent,
                tally.failed,
                Optional.ofNullable(tally.next),
                tally.failedForGood,
                tally.withoutAddress,
                tally.optedOut,
                tally.nobody);
    }

    private static final class Tally {
        int sent;
        int failed;
        Instant next;
        int failedForGood;
        int withoutAddress;
        int optedOut;
        int nobody;
    }

    private void send(OutboxItem item, Map<String, Notifier> notifiers, Tally tally) {
        Instant now = clock.instant();
        boolean firstTime = item.deliveries().values().stream().allMatch(d -> d.attempts() == 0);
        if (item.recipients().isEmpty()) {
            Optional<OutboxItem> done = record(item.id(), Map.of(), notifiers, true);
            if (done.isPresent()) {
                tally.nobody++;
                tally.withoutAddress += item.withoutAddress();
                tally.optedOut += item.optedOut();
            }
            return;
        }
        Map<String, OutboxItem.Delivery> outcomes = new LinkedHashMap<>();
        Notification notification = item.notification();
        for (Map.Entry<String, Notifier> n : notifiers.entrySet()) {
            OutboxItem.Delivery before = item.deliveries().get(n.getKey());
            if (before != null
                    && (before.state() != OutboxItem.State.PENDING
                            || before.nextAttempt().filter(now::isBefore).isPresent())) {
                continue;
            }
            int attempts = before == null ? 1 : before.attempts() + 1;
            outcomes.put(n.getKey(), attempt(n.getValue(), notification, attempts, now));
        }
        if (outcomes.isEmpty()) {
            return;
        }
        Optional<OutboxItem> after = record(item.id(), outcomes, notifiers, false);
        if (after.isEmpty()) {
            return;
        }
        if (firstTime) {
            tally.withoutAddress += item.withoutAddress();
            tally.optedOut += item.optedOut();
        }
        switch (after.get().status()) {
            case DELIVERED -> tally.sent++;
            case FAILED -> tally.failedForGood++;
            case PENDING -> {
                Optional<Instant> retry = outcomes.values().stream()
                        .filter(d -> d.state() == OutboxItem.State.PENDING)
                        .flatMap(d -> d.nextAttempt().stream())
                        .min(Comparator.naturalOrder());
                if (retry.isPresent()) {
                    tally.failed++;
                    tally.next = tally.next == null || retry.get().isBefore(tally.next) ? retry.get() : tally.next;
                }
            }
            case SKIPPED -> tally.nobody++;
        }
    }

    private static OutboxItem.Delivery attempt(
            Notifier notifier, Notification notification, int attempts, Instant now) {
        try {
            notifier.send(notification);
            return new OutboxItem.Delivery(
                    OutboxItem.State.DELIVERED, attempts, Optional.empty(), Optional.of(now), Optional.empty());
        } catch (DeliveryException e) {
            if (e.permanent()) {
                return failed(attempts, now, e.getMessage());
            }
            return retry(attempts, now, e.retryAfter(), e.getMessage());
        } catch (UncheckedIOException e) {
            return retry(attempts, now, Optional.empty(), e.getMessage());
        } catch (RuntimeException e) {
            // A notifier's own bug: worth another try once it is fixed, and never worth losing the message.
            return retry(attempts, now, Optional.empty(), e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static OutboxItem.Delivery failed(int attempts, Instant now, String why) {
        return new OutboxItem.Delivery(
                OutboxItem.State.FAILED, attempts, Optional.empty(), Optional.of(now), Optional.of(oneLine(why)));
    }

    private static OutboxItem.Delivery retry(int attempts, Instant now, Optional<Duration> retryAfter, String why) {
        if (attempts >= MAX_ATTEMPTS) {
            return failed(attempts, now, "gave up after " + attempts + " attempts: " + oneLine(why));
        }
        Duration wait = backoff(attempts);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return new OutboxItem.Delivery(
                OutboxItem.State.PENDING,
                attempts,
                Optional.of(now.plus(wait)),
                Optional.of(now),
                Optional.of(oneLine(why)));
    }

    /** The wait after the {@code attempts}th failed attempt: {@link #FIRST_RETRY} doubled each time, at most {@link #LONGEST_WAIT}. */
    public static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String oneLine(String text) {
        String line = String.valueOf(text).replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= 500 ? line : line.substring(0, 499) + "…";
    }

    /**
     * Applies {@code outcomes} to the latest version of the notification and appends the result,
     * reading again and reapplying when another dispatcher recorded in between (a delivery recorded
     * by either is kept).
     *
     * @return the item as recorded; empty when it is no longer pending
     */
    private Optional<OutboxItem> record(
            String id, Map<String, OutboxItem.Delivery> outcomes, Map<String, Notifier> notifiers, boolean nobody) {
        RecordKey key = OutboxRecords.key(id);
        for (int i = 0; i < MAX_MERGES; i++) {
            Optional<StoredRecord> latest = store.latest(key);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            OutboxItem current = OutboxRecords.read(latest.get());
            if (current.status() != OutboxItem.Status.PENDING) {
                return Optional.empty();
            }
            Map<String, OutboxItem.Delivery> merged = new TreeMap<>(current.deliveries());
            outcomes.forEach((name, ours) -> {
                OutboxItem.Delivery theirs = merged.get(name);
                if (theirs == null || theirs.state() == OutboxItem.State.PENDING) {
                    merged.put(name, ours);
                }
            });
            OutboxItem.Status status =
                    nobody || current.recipients().isEmpty() ? OutboxItem.Status.SKIPPED : status(merged, notifiers);
            OutboxItem next = current.with(merged, status);
            try {
                store.append(key, latest.get().version(), OutboxRecords.draft(next, author, clock.instant()));
                return Optional.of(next);
            } catch (VersionConflictException e) {
                // Another dispatcher recorded first: read its outcome and merge again.
            }
        }
        throw new IllegalStateException("notification " + id + ": " + MAX_MERGES
                + " attempts to record its delivery all conflicted with other writers");
    }

    private static OutboxItem.Status status(
            Map<String, OutboxItem.Delivery> deliveries, Map<String, Notifier> notifiers) {
        boolean anyFailed = false;
        for (String name : notifiers.keySet()) {
            OutboxItem.Delivery d = deliveries.get(name);
            if (d == null || d.state() == OutboxItem.State.PENDING) {
                return OutboxItem.Status.PENDING;
            }
            anyFailed |= d.state() == OutboxItem.State.FAILED;
        }
        return anyFailed ? OutboxItem.Status.FAILED : OutboxItem.Status.DELIVERED;
    }

    // ---- erasure

    /**
     * Erases a person from every version of every notification addressed to them (pending or
     * delivered): they are taken out of the recipients, and their name and address out of the texts,
     * through the store's {@link RecordStore#erase} with its trace. A notification left without
     * recipients is no longer sent. Runs again until no notification names them, so a dispatcher
     * that recorded a delivery from a version read before the erasure is caught too.
     *
     * @return how many notification versions were redacted
     */
    public int erasePerson(String personId, String reason) {
        int total = 0;
        Optional<IndexTerm> term = PlanRecords.term(OutboxRecords.PERSON, personId);
        if (term.isEmpty()) {
            return 0;
        }
        for (int pass = 0; pass < 10; pass++) {
            List<StoredRecord> naming = store.find(OutboxRecords.TYPE, term.get());
            if (naming.isEmpty()) {
                return total;
            }
            for (StoredRecord latest : naming) {
                total += erase(latest.key(), personId, reason);
            }
        }
        throw new IllegalStateException("erasing a person from notifications: still found after 10 passes,"
                + " while other writers kept recording; run the erasure again");
    }

    private int erase(RecordKey key, String personId, String reason) {
        Map<Long, RecordDraft> redacted = new TreeMap<>();
        long after = 0;
        while (true) {
            List<VersionInfo> page = store.versions(key, after, RecordStore.MAX_PAGE);
            for (VersionInfo info : page) {
                store.version(key, info.version()).ifPresent(r -> {
                    OutboxItem item = OutboxRecords.read(r);
                    List<OutboxItem.Addressee> gone = item.recipients().stream()
                            .filter(a -> a.personId().equals(personId))
                            .toList();
                    if (!gone.isEmpty()) {
                        List<OutboxItem.Addressee> keep = item.recipients().stream()
                                .filter(a -> !a.personId().equals(personId))
                                .toList();
                        String subject = item.subject();
                        String text = item.textBody();
                        Optional<String> html = item.htmlBody();
                        for (OutboxItem.Addressee a : gone) {
                            subject = scrub(subject, a);
                            text = scrub(text, a);
                            html = html.map(h -> h.replace(a.recipient().name(), ERASED)
                                    .replace(a.recipient().address(), ERASED));
                        }
                        redacted.put(
                                r.version(),
                                OutboxRecords.draft(
                                        item.redacted(keep, subject, text, html),
                                        r.content().author(),
                                        r.content().time()));
                    }
                });
            }
            if (page.size() < RecordStore.MAX_PAGE) {
                break;
            }
            after = page.get(page.size() - 1).version();
        }
        if (redacted.isEmpty()) {
            return 0;
        }
        store.erase(key, redacted, new Erasure(key, List.copyOf(redacted.keySet()), author, clock.instant(), reason));
        return redacted.size();
    }

    private static String scrub(String text, OutboxItem.Addressee a) {
        return text.replace(a.recipient().name(), ERASED).replace(a.recipient().address(), ERASED);
    }
}
