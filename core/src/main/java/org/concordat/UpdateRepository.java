package org.concordat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.event.PeriodLockChanged;
import org.concordat.event.PlanEvent;
import org.concordat.event.UpdateTransitioned;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateRefusedException;
import org.concordat.monitoring.UpdateRefusedException.Refusal;
import org.concordat.monitoring.UpdateStatus;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Measure;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;

/**
 * Monitoring updates and period locks in the facade's {@link RecordStore}, with who may do what
 * taken from the stored plan's roles (the latest version of the partnership's plan):
 *
 * <ul>
 *   <li>an institution's project lead, or the measure's owner, drafts, revises and submits values
 *       for that institution; for the partnership as a whole, the partnership lead, deputy lead or
 *       the measure's owner;
 *   <li>the partnership lead or deputy lead approves or returns (with a reason) a submitted update,
 *       but never one they submitted themselves;
 *   <li>the partnership lead locks and unlocks periods; unlocking needs a reason; locking is refused
 *       while submitted updates in the period await a decision; a locked period accepts no new
 *       update and no transition.
 * </ul>
 *
 * <p>Every step is a new version of the update's record (its whole state and the transition:
 * author, time, from, to, reason), appended with the version the deciding person saw, so nothing is
 * rewritten and of two decisions made at once one succeeds and the other is refused with {@link
 * Refusal#CONFLICT}. The notifications a step causes (see {@link
 * org.concordat.event.EventNotifications}) are recorded in the outbox in the same atomic append.
 * Every person is named by their id in the plan; the caller (an application's authenticated user,
 * or {@code --as} on the command line) says who acts. Safe for use by many threads at once.
 */
public final class UpdateRepository {
    /** What the facade does with the events a step causes: outbox appends, then sending. */
    interface EventSink {
        List<RecordAppend> causes(List<PlanEvent> events, PartnershipPlan plan);

        void recorded(List<RecordAppend> causes);
    }

    private final RecordStore store;
    private final Clock clock;
    private final Function<String, Optional<PartnershipPlan>> plans;
    private final EventSink sink;

    UpdateRepository(
            RecordStore store, Clock clock, Function<String, Optional<PartnershipPlan>> plans, EventSink sink) {
        this.store = store;
        this.clock = clock;
        this.plans = plans;
        this.sink = sink;
    }

    // ---- updates

    /**
     * Records {@code value} as a new draft by {@code personId}.
     *
     * @throws IllegalArgumentException when the partnership has no stored plan, or the person,
     *     measure or institution is not in it
     * @throws UpdateRefusedException when the person may not submit for the institution, or the
     *     period is locked
     */
    public Update draft(String partnershipId, String personId, Observation value, Optional<String> comment) {
        return create(partnershipId, personId, value, comment, UpdateStatus.DRAFT, false);
    }

    /**
     * Records each of {@code values} as a new update submitted by {@code personId} (a bulk
     * submission, e.g. from an observations CSV), one after another; stops at the first refusal,
     * keeping those recorded before it.
     *
     * @return the updates recorded, in order
     * @throws UpdateRefusedException as {@link #draft} for each value
     */
    public List<Update> submitAll(String partnershipId, String personId, List<Observation> values) {
        List<Update> out = new ArrayList<>();
        for (Observation o : values) {
            out.add(create(partnershipId, personId, o, Optional.empty(), UpdateStatus.SUBMITTED, false));
        }
        return List.copyOf(out);
    }

    /**
     * Records each of {@code values} as an approved update imported by {@code personId}, who must be
     * the partnership lead or deputy lead (an explicit import of data already checked elsewhere; the
     * history says it was imported and by whom). Stops at the first refusal.
     *
     * @return the updates recorded, in order
     * @throws UpdateRefusedException when the person may not approve, or a period is locked
     */
    public List<Update> importApproved(String partnershipId, String personId, List<Observation> values) {
        List<Update> out = new ArrayList<>();
        for (Observation o : values) {
            out.add(create(partnershipId, personId, o, Optional.empty(), UpdateStatus.APPROVED, true));
        }
        return List.copyOf(out);
    }

    /**
     * Submits a draft or returned update, optionally with a revised value and comment.
     *
     * @throws UpdateRefusedException when the person may not submit for the institution, the
     *     update is not a draft or returned, its period is locked, or another step was recorded first
     */
    public Update submit(String partnershipId, String personId, String updateId) {
        return step(partnershipId, personId, updateId, Change.to(UpdateStatus.SUBMITTED));
    }

    /**
     * Replaces the value (and comment) of a draft or returned update, which stays in its status.
     *
     * @throws UpdateRefusedException as {@link #submit}
     * @throws IllegalArgumentException when the new value is for another measure or institution
     */
    public Update revise(
            String partnershipId, String personId, String updateId, Observation value, Optional<String> comment) {
        return step(partnershipId, personId, updateId, Change.revision(value, comment));
    }

    /**
     * Approves a submitted update; from then on it never changes and feeds the evaluation.
     *
     * @throws UpdateRefusedException when the person is not the partnership lead or deputy, made the
     *     submission, the update is not submitted, its period is locked, or another decision was
     *     recorded first
     */
    public Update approve(String partnershipId, String personId, String updateId) {
        return step(partnershipId, personId, updateId, Change.to(UpdateStatus.APPROVED));
    }

    /**
     * Returns a submitted update to its submitter with {@code reason}.
     *
     * @throws IllegalArgumentException when the reason is blank
     * @throws UpdateRefusedException as {@link #approve}
     */
    public Update returnUpdate(String partnershipId, String personId, String updateId, String reason) {
        return step(partnershipId, personId, updateId, Change.returning(requireReason(reason)));
    }

    /** The update's latest state; empty when there is no such update. */
    public Optional<Update> find(String partnershipId, String updateId) {
        return store.latest(UpdateRecords.updateKey(partnershipId, updateId)).map(UpdateRecords::update);
    }

    /** Every update of the partnership in its latest state, in the order created. */
    public List<Update> list(String partnershipId) {
        List<Update> out = new ArrayList<>();
        for (RecordKey key : store.keys(UpdateRecords.UPDATE)) {
            if (UpdateRecords.belongsTo(key, partnershipId)) {
                store.latest(key).map(UpdateRecords::update).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingLong((Update u) -> number(u.id())).thenComparing(Update::id));
        return List.copyOf(out);
    }

    /**
     * Every step of the update, oldest first.
     *
     * @throws IllegalArgumentException when there is no such update
     */
    public List<Transition> history(String partnershipId, String updateId) {
        List<StoredRecord> versions = store.history(UpdateRecords.updateKey(partnershipId, updateId));
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(
                    "update \"" + updateId + "\": no such update in partnership \"" + partnershipId + "\"");
        }
        return versions.stream().map(r -> UpdateRecords.update(r).last()).toList();
    }

    /** The values of the partnership's approved updates, in the order created: what the evaluation reads. */
    public List<Observation> approved(String partnershipId) {
        return list(partnershipId).stream()
                .filter(u -> u.status() == UpdateStatus.APPROVED)
                .map(Update::value)
                .toList();
    }

    // ---- locks

    /**
     * Locks {@code period} for {@code measureId} (empty: every measure of the plan).
     *
     * @throws IllegalArgumentException when the plan, person or measure is unknown
     * @throws UpdateRefusedException when the person is not the partnership lead, the period is
     *     locked already, or submitted updates in it await a decision
     */
    public PeriodLock lock(
            String partnershipId, String personId, Optional<String> measureId, Period period, Optional<String> reason) {
        return changeLock(
                partnershipId, personId, measureId, period, true, reason.map(UpdateRepository::requireReason));
    }

    /**
     * Unlocks a locked period; the reason is recorded and announced.
     *
     * @throws IllegalArgumentException when the reason is blank, or the plan, person or measure is
     *     unknown
     * @throws UpdateRefusedException when the person is not the partnership lead or the period is
     *     not locked
     */
    public PeriodLock unlock(
            String partnershipId, String personId, Optional<String> measureId, Period period, String reason) {
        return changeLock(partnershipId, personId, measureId, period, false, Optional.of(requireReason(reason)));
    }

    /** Every lock record of the partnership in its latest state (locked or unlocked). */
    public List<PeriodLock> locks(String partnershipId) {
        List<PeriodLock> out = new ArrayList<>();
        for (RecordKey key : store.keys(UpdateRecords.LOCK)) {
            if (UpdateRecords.belongsTo(key, partnershipId)) {
                store.latest(key).map(UpdateRecords::lock).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** Every version of one lock record, oldest first: who locked and unlocked it, when and why. */
    public List<PeriodLock> lockHistory(String partnershipId, Optional<String> measureId, Period period) {
        return store.history(UpdateRecords.lockKey(partnershipId, measureId, period)).stream()
                .map(UpdateRecords::lock)
                .toList();
    }

    // ---- the steps

    private Update create(
            String partnershipId,
            String personId,
            Observation value,
            Optional<String> comment,
            UpdateStatus status,
            boolean imported) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comment, "comment");
        for (int attempt = 0; attempt < PlanRepository.MAX_UPDATE_ATTEMPTS; attempt++) {
            long log = logVersion(partnershipId);
            PartnershipPlan plan = plan(partnershipId);
            Person person = person(plan, personId);
            Measure measure = measure(plan, value.measureId());
            value.institution().ifPresent(i -> institution(plan, i));
            if (imported) {
                requireDecider(person, "import approved updates");
            } else {
                requireSubmitter(person, measure, value.institution(), "record an update");
            }
            requireUnlocked(partnershipId, value, "record an update");
            String id = "U" + (list(partnershipId).size() + 1);
            Instant now = clock.instant();
            Optional<String> reason = imported ? Optional.of("imported as approved by " + personId) : Optional.empty();
            Update next = new Update(
                    partnershipId,
                    id,
                    value,
                    comment,
                    status,
                    1,
                    status == UpdateStatus.SUBMITTED ? Optional.of(personId) : Optional.empty(),
                    imported,
                    new Transition(1, Optional.empty(), status, personId, now, reason));
            try {
                write(
                        plan,
                        UpdateRecords.updateKey(partnershipId, id),
                        0,
                        UpdateRecords.draft(next),
                        log,
                        events(next));
                return next;
            } catch (VersionConflictException e) {
                // Another monitoring write came first: look again (the id, the locks) and retry.
            }
        }
        throw new UpdateRefusedException(
                Refusal.CONFLICT, "partnership \"" + partnershipId + "\": too many concurrent monitoring writes");
    }

    /**
     * What one step on an existing update does: move it to a status (with the reason of a return),
     * or, with no status, revise its value and comment in place.
     */
    private record Change(
            Optional<UpdateStatus> to,
            Optional<Observation> revised,
            Optional<String> comment,
            Optional<String> reason) {
        static Change to(UpdateStatus status) {
            return new Change(Optional.of(status), Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Change returning(String reason) {
            return new Change(
                    Optional.of(UpdateStatus.RETURNED), Optional.empty(), Optional.empty(), Optional.of(reason));
        }

        static Change revision(Observation value, Optional<String> comment) {
            return new Change(
                    Optional.empty(),
                    Optional.of(Objects.requireNonNull(value, "value")),
                    Objects.requireNonNull(comment, "comment"),
                    Optional.empty());
        }
    }

    /** One step on an existing update, as {@code change} says. */
    private Update step(String partnershipId, String personId, String updateId, Change change) {
        boolean revising = change.to().isEmpty();
        RecordKey key = UpdateRecords.updateKey(partnershipId, updateId);
        for (int attempt = 0; attempt < PlanRepository.MAX_UPDATE_ATTEMPTS; attempt++) {
            long log = logVersion(partnershipId);
            PartnershipPlan plan = plan(partnershipId);
            Person person = person(plan, personId);
            Update current = find(partnershipId, updateId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "update \"" + updateId + "\": no such update in partnership \"" + partnershipId + "\""));
            Measure measure = measure(plan, current.measureId());
            UpdateStatus target = change.to().orElse(current.status());
            String action = revising ? "revise" : verb(target);
            if (revising ? !current.status().isEditable() : !current.status().canMoveTo(target)) {
                throw new UpdateRefusedException(
                        Refusal.WRONG_STATUS,
                        "update " + updateId + " is " + current.status() + ": cannot " + action + " it"
                                + (current.status() == UpdateStatus.APPROVED
                                        ? " (an approved update never changes)"
                                        : ""));
            }
            if (!revising && (target == UpdateStatus.APPROVED || target == UpdateStatus.RETURNED)) {
                requireDecider(person, action + " update " + updateId);
                if (current.submittedBy().filter(personId::equals).isPresent()) {
                    throw new UpdateRefusedException(
                            Refusal.OWN_SUBMISSION,
                            personId + " submitted update " + updateId + " and so may not " + action
                                    + " it; another approver must decide");
                }
            } else {
                requireSubmitter(person, measure, current.institution(), action + " update " + updateId);
            }
            Observation value = current.value();
            Optional<String> comment = current.comment();
            Optional<String> reason = change.reason();
            if (revising) {
                value = change.revised().orElseThrow();
                if (!value.measureId().equals(current.measureId())
                        || !value.institution().equals(current.institution())) {
                    throw new IllegalArgumentException("update " + updateId + ": a revision must keep measure "
                            + current.measureId() + " and "
                            + current.institution().orElse("the partnership")
                            + "; draft a new update for another");
                }
                comment = change.comment();
            }
            requireUnlocked(partnershipId, current.value(), action + " update " + updateId);
            if (revising) {
                requireUnlocked(partnershipId, value, action + " update " + updateId);
            }
            long version = current.version() + 1;
            Update next = new Update(
                    partnershipId,
                    updateId,
                    value,
                    comment,
                    target,
                    version,
                    target == UpdateStatus.SUBMITTED ? Optional.of(personId) : current.submittedBy(),
                    current.imported(),
                    new Transition(version, Optional.of(current.status()), target, personId, clock.instant(), reason));
            try {
                write(
                        plan,
                        key,
                        current.version(),
                        UpdateRecords.draft(next),
                        log,
                        revising ? List.of() : events(next));
                return next;
            } catch (VersionConflictException e) {
                long now = store.latest(key).map(StoredRecord::version).orElse(0L);
                if (now != current.version()) {
                    Update won = find(partnershipId, updateId).orElseThrow();
                    throw new UpdateRefusedException(
                            Refusal.CONFLICT,
                            "update " + updateId + ": another decision was recorded first (now " + won.status() + " by "
                                    + won.last().personId() + "); nothing was written");
                }
            }
        }
        throw new UpdateRefusedException(
                Refusal.CONFLICT, "partnership \"" + partnershipId + "\": too many concurrent monitoring writes");
    }

    private PeriodLock changeLock(
            String partnershipId,
            String personId,
            Optional<String> measureId,
            Period period,
            boolean locking,
            Optional<String> reason) {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(period, "period");
        RecordKey key = UpdateRecords.lockKey(partnershipId, measureId, period);
        String what = measureId.map(m -> "measure " + m).orElse("every measure") + ", " + period;
        for (int attempt = 0; attempt < PlanRepository.MAX_UPDATE_ATTEMPTS; attempt++) {
            long log = logVersion(partnershipId);
            PartnershipPlan plan = plan(partnershipId);
            Person person = person(plan, personId);
            measureId.ifPresent(m -> measure(plan, m));
            if (!person.has(Role.PARTNERSHIP_LEAD)) {
                throw new UpdateRefusedException(
                        Refusal.WRONG_ROLE,
                        personId + " may not " + (locking ? "lock" : "unlock") + " " + what
                                + ": only the partnership lead locks and unlocks periods");
            }
            Optional<PeriodLock> current = store.latest(key).map(UpdateRecords::lock);
            boolean locked = current.map(PeriodLock::locked).orElse(false);
            if (locked == locking) {
                throw new UpdateRefusedException(
                        Refusal.LOCK_STATE, what + " is " + (locked ? "locked already" : "not locked"));
            }
            if (locking) {
                List<String> waiting = list(partnershipId).stream()
                        .filter(u -> u.status() == UpdateStatus.SUBMITTED)
                        .filter(u -> measureId.map(u.measureId()::equals).orElse(true))
                        .filter(u -> period.encloses(u.value().period()))
                        .map(Update::id)
                        .toList();
                if (!waiting.isEmpty()) {
                    throw new UpdateRefusedException(
                            Refusal.AWAITING_DECISION,
                            "cannot lock " + what + ": " + waiting.size() + " submitted update"
                                    + (waiting.size() == 1 ? " awaits" : "s await") + " a decision ("
                                    + String.join(", ", waiting) + "); approve or return "
                                    + (waiting.size() == 1 ? "it" : "them") + " first");
                }
            }
            long version = current.map(PeriodLock::version).orElse(0L) + 1;
            PeriodLock next = new PeriodLock(
                    partnershipId, measureId, period, locking, version, personId, clock.instant(), reason);
            PlanEvent event =
                    new PeriodLockChanged(partnershipId, measureId, period, locking, personId, reason, version);
            try {
                write(plan, key, version - 1, UpdateRecords.draft(next), log, List.of(event));
                return next;
            } catch (VersionConflictException e) {
                if (store.latest(key).map(StoredRecord::version).orElse(0L) != version - 1) {
                    throw new UpdateRefusedException(
                            Refusal.CONFLICT,
                            what + ": another lock or unlock was recorded first; nothing was written");
                }
            }
        }
        throw new UpdateRefusedException(
                Refusal.CONFLICT, "partnership \"" + partnershipId + "\": too many concurrent monitoring writes");
    }

    /** Appends the record's new version, the log entry and the notifications, all or nothing. */
    private void write(
            PartnershipPlan plan,
            RecordKey key,
            long expected,
            org.concordat.spi.RecordDraft draft,
            long log,
            List<PlanEvent> events) {
        List<RecordAppend> causes = sink.causes(events, plan);
        List<RecordAppend> appends = new ArrayList<>();
        appends.add(RecordAppend.of(key, expected, draft));
        appends.add(RecordAppend.of(
                UpdateRecords.logKey(plan.partnership().id()),
                log,
                UpdateRecords.logEntry(key, expected + 1, draft.author(), draft.time())));
        appends.addAll(causes);
        store.appendAll(appends);
        sink.recorded(causes);
    }

    private static List<PlanEvent> events(Update u) {
        if (u.status() == UpdateStatus.DRAFT) {
            return List.of();
        }
        return List.of(new UpdateTransitioned(
                u.partnershipId(),
                u.id(),
                u.measureId(),
                u.institution(),
                u.value().period(),
                u.status(),
                u.last().personId(),
                u.submittedBy(),
                u.last().reason(),
                u.version()));
    }

    // ---- the rules

    private void requireUnlocked(String partnershipId, Observation value, String action) {
        for (PeriodLock lock : locks(partnershipId)) {
            if (lock.covers(value.measureId(), value.period())) {
                throw new UpdateRefusedException(
                        Refusal.LOCKED_PERIOD,
                        "cannot " + action + ": " + lock.describe() + " is locked (by " + lock.personId()
                                + "); the partnership lead must unlock it, with a reason, first");
            }
        }
    }

    private static void requireDecider(Person person, String action) {
        if (!person.has(Role.PARTNERSHIP_LEAD) && !person.has(Role.DEPUTY_LEAD)) {
            throw new UpdateRefusedException(
                    Refusal.WRONG_ROLE,
                    person.id() + " may not " + action + ": only the partnership lead or deputy lead approves"
                            + " or returns updates");
        }
    }

    private static void requireSubmitter(Person person, Measure measure, Optional<String> institution, String action) {
        boolean owner = measure.ownerPersonId().filter(person.id()::equals).isPresent();
        boolean allowed = owner
                || institution
                        .map(i -> person.has(Role.PROJECT_LEAD)
                                && person.institutionId().filter(i::equals).isPresent())
                        .orElse(person.has(Role.PARTNERSHIP_LEAD) || person.has(Role.DEPUTY_LEAD));
        if (!allowed) {
            throw new UpdateRefusedException(
                    Refusal.WRONG_ROLE,
                    person.id() + " may not " + action + " for "
                            + institution.map(i -> "institution " + i).orElse("the partnership") + " on measure "
                            + measure.id() + ": "
                            + institution
                                    .map(i -> "only " + i + "'s project lead or the measure's owner may")
                                    .orElse("only the partnership lead, deputy lead or the measure's owner may"));
        }
    }

    private PartnershipPlan plan(String partnershipId) {
        Objects.requireNonNull(partnershipId, "partnershipId");
        return plans.apply(partnershipId)
                .orElseThrow(() -> new IllegalArgumentException("partnership \"" + partnershipId
                        + "\": no plan stored; save the plan first, since roles come from it"));
    }

    private static Person person(PartnershipPlan plan, String personId) {
        Objects.requireNonNull(personId, "personId");
        return plan.person(personId)
                .orElseThrow(() ->
                        new IllegalArgumentException("person \"" + personId + "\": not in the plan of partnership \""
                                + plan.partnership().id() + "\""));
    }

    private static Measure measure(PartnershipPlan plan, String measureId) {
        return plan.measure(measureId)
                .orElseThrow(() ->
                        new IllegalArgumentException("measure \"" + measureId + "\": not in the plan of partnership \""
                                + plan.partnership().id() + "\""));
    }

    private static void institution(PartnershipPlan plan, String institutionId) {
        if (plan.institution(institutionId).isEmpty()) {
            throw new IllegalArgumentException(
                    "institution \"" + institutionId + "\": not in the plan of partnership \""
                            + plan.partnership().id() + "\"");
        }
    }

    private long logVersion(String partnershipId) {
        return store.latest(UpdateRecords.logKey(partnershipId))
                .map(StoredRecord::version)
                .orElse(0L);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(
                    "reason \"" + (reason == null ? "" : reason) + "\": required, not blank");
        }
        return reason.strip();
    }

    private static String verb(UpdateStatus to) {
        return switch (to) {
            case DRAFT -> "draft";
            case SUBMITTED -> "submit";
            case APPROVED -> "approve";
            case RETURNED -> "return";
        };
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
