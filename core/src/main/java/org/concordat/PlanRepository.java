package org.concordat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.concordat.partnership.Person;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.rules.ValidationReport;
import org.concordat.rules.ValidationSettings;
import org.concordat.school.Urn;
import org.concordat.spi.Erasure;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordAppend;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.StoredRecord;
import org.concordat.spi.VersionConflictException;
import org.concordat.spi.VersionInfo;

/**
 * Saves and loads partnership plans in the facade's {@link RecordStore}, one record per
 * partnership (type {@code plan}, id the partnership id), keeping every version ever saved.
 *
 * <p>Saving is optimistic: {@link #save} names the version the change was made on, and a save on
 * top of a stale version throws {@link PlanConflictException} instead of overwriting someone else's
 * change. {@link #update} reloads and reapplies a change until it lands. When the facade requires a
 * rulebook, a plan with errors is refused with {@link PlanRejectedException} before anything is
 * written, and a plan whose partnership or agreement status cannot follow the stored version's is
 * refused with {@link IllegalStatusMoveException}. Safe for use by many threads at once.
 */
public final class PlanRepository {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanRepository.class);

    /** How many times {@link #update} tries before giving up under constant contention. */
    public static final int MAX_UPDATE_ATTEMPTS = 1000;

    /**
     * What the facade does around a save: before it, the records to append together with the plan
     * version (the notifications it causes); once it is stored, anything else (sending them).
     */
    interface SaveListener {
        /** The appends to make atomically with version {@code version} of {@code after}. */
        List<RecordAppend> causes(Optional<PartnershipPlan> before, PartnershipPlan after, long version);

        /** Called once the version and {@code causes} are stored. */
        void saved(PlanVersion after, List<RecordAppend> causes);
    }

    private final RecordStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final String author;
    private final Optional<Rulebook> rulebook;
    private final SaveListener listener;
    private final LatestPlans latest = new LatestPlans(LatestPlans.CAPACITY);
    private volatile boolean warnedNotAtomic;

    PlanRepository(
            RecordStore store,
            Clock clock,
            ZoneId zone,
            String author,
            Optional<Rulebook> rulebook,
            SaveListener listener) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.author = author;
        this.rulebook = rulebook;
        this.listener = listener;
    }

    /**
     * Saves a new plan as version 1.
     *
     * @throws PlanConflictException when a plan with this partnership id already exists
     * @throws PlanRejectedException when a required rulebook finds errors
     */
    public PlanVersion create(PartnershipPlan plan) {
        return save(plan, RecordStore.NO_VERSION);
    }

    /**
     * Saves {@code plan} as the next version, provided the latest stored version is {@code
     * expectedVersion} (0 for a plan not yet stored).
     *
     * @return the version stored
     * @throws PlanConflictException when the latest version differs; nothing is written
     * @throws PlanRejectedException when a required rulebook finds errors; nothing is written
     * @throws IllegalStatusMoveException when the partnership's status, or the status of an
     *     agreement version both hold, cannot move from the stored version's to the plan's; nothing
     *     is written
     * @throws IllegalArgumentException when {@code expectedVersion} is negative
     */
    public PlanVersion save(PartnershipPlan plan, long expectedVersion) {
        Objects.requireNonNull(plan, "plan");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion \"" + expectedVersion + "\": must be 0 or more");
        }
        String id = plan.partnership().id();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LatestPlans.Entry known = latest.get(id);
        // A plan equal to the one last read or written is neither validated again on the same day
        // nor encoded again: validation depends only on the plan and the date, encoding only on the plan.
        boolean unchanged = known != null && known.holds(plan);
        boolean validToday = unchanged && today.equals(known.validOn());
        rulebook.filter(book -> !validToday).ifPresent(book -> {
            ValidationReport report = book.validate(plan, ValidationSettings.asOf(today));
            if (!report.isValid()) {
                throw new PlanRejectedException(id, report);
            }
        });
        RecordKey key = PlanRecords.key(id);
        // The version replaced, for events, read through latest(), which stores answer cheaply
        // (history() may read every version). When latest is not the expected version the append
        // below conflicts, so nothing is compared then.
        Optional<PartnershipPlan> before = expectedVersion == 0
                ? Optional.empty()
                : store.latest(key)
                        .filter(r -> r.version() == expectedVersion)
                        .map(r -> read(id, r).plan());
        before.ifPresent(previous -> StatusMoves.check(previous, plan));
        Instant now = clock.instant();
        byte[] payload = unchanged ? known.payload() : PlanRecords.encode(plan);
        Set<IndexTerm> terms = unchanged ? known.terms() : PlanRecords.terms(plan);
        List<RecordAppend> causes = listener.causes(before, plan, expectedVersion + 1);
        List<RecordAppend> appends = new ArrayList<>();
        appends.add(RecordAppend.of(key, expectedVersion, PlanRecords.draft(payload, terms, author, now)));
        appends.addAll(causes);
        long version;
        try {
            // One atomic append: the version and the notifications it causes are stored together or not at all.
            version = appends.size() == 1
                    ? store.append(key, expectedVersion, appends.get(0).draft())
                    : appendAll(appends);
        } catch (VersionConflictException e) {
            if (!e.key().equals(key)) {
                throw new IllegalStateException(
                        "plan \"" + id + "\" version " + (expectedVersion + 1)
                                + ": the notifications it causes are already recorded (" + e.key()
                                + "), so the store holds notifications for a version it does not hold",
                        e);
            }
            throw new PlanConflictException(id, e.expectedVersion(), e.actualVersion(), e);
        }
        PlanVersion saved = new PlanVersion(plan, version, now, author);
        latest.put(id, new LatestPlans.Entry(saved, payload, terms, rulebook.isPresent() ? today : null, null));
        listener.saved(saved, causes);
        return saved;
    }

    /**
     * Appends atomically; on a store that cannot (it keeps {@link RecordStore#appendAll}'s default),
     * the plan version first and then each other record, so a crash in between can lose those others
     * but never leaves them without their version.
     */
    private long appendAll(List<RecordAppend> appends) {
        try {
            return store.appendAll(appends).get(0);
        } catch (UnsupportedOperationException e) {
            if (!warnedNotAtomic) {
                warnedNotAtomic = true;
                LOG.warn(
                        "{}: cannot append several records atomically, so notifications are recorded just after the"
                                + " plan version they belong to, and a crash in between loses them",
                        store.getClass().getName());
            }
            RecordAppend first = appends.get(0);
            long version = store.append(first.key(), first.expectedVersion(), first.draft());
            for (RecordAppend more : appends.subList(1, appends.size())) {
                store.append(more.key(), more.expectedVersion(), more.draft());
            }
            return version;
        }
    }

    /**
     * Applies {@code change} to the latest version and saves the result, reloading and reapplying
     * when another writer saved in between, so concurrent updates are all kept. {@code change} may
     * run more than once and should have no side effects.
     *
     * @return the version stored
     * @throws NoSuchElementException when no plan with this id is stored
     * @throws IllegalArgumentException when the change alters the partnership id
     * @throws PlanConflictException when {@value #MAX_UPDATE_ATTEMPTS} attempts all conflicted
     * @throws PlanRejectedException when a required rulebook finds errors in the changed plan
     */
    public PlanVersion update(String partnershipId, UnaryOperator<PartnershipPlan> change) {
        Objects.requireNonNull(change, "change");
        PlanConflictException last = null;
        for (int attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
            PlanVersion current = load(partnershipId)
                    .orElseThrow(() -> new NoSuchElementException(
                            "plan \"" + partnershipId + "\": not stored, so there is nothing to update"));
            PartnershipPlan next = Objects.requireNonNull(change.apply(current.plan()), "change result");
            if (!next.partnership().id().equals(partnershipId)) {
                throw new IllegalArgumentException("plan \"" + partnershipId + "\": the change renamed it to \""
                        + next.partnership().id() + "\"; save it as a new plan instead");
            }
            try {
                return save(next, current.version());
            } catch (PlanConflictException e) {
                last = e;
            }
        }
        throw Objects.requireNonNull(last);
    }

    /** The latest version of the plan, or empty when none is stored. */
    public Optional<PlanVersion> load(String partnershipId) {
        return store.latest(PlanRecords.key(partnershipId)).map(r -> read(partnershipId, r));
    }

    /**
     * The plan version a latest record holds: the one kept from the last read or write when the
     * record is that version with the same bytes (checked, so a version written by another process
     * or redacted by an erasure is always decoded afresh), decoded otherwise.
     */
    @SuppressWarnings("ReferenceEquality") // a new record object for the same version is remembered
    private PlanVersion read(String partnershipId, StoredRecord record) {
        LatestPlans.Entry known = latest.get(partnershipId);
        if (known != null) {
            Optional<PlanVersion> same = known.versionIn(record);
            if (same.isPresent()) {
                if (known.record() != record) {
                    latest.put(partnershipId, known.seenAs(record));
                }
                return same.get();
            }
        }
        PlanVersion decoded = PlanRecords.read(record);
        latest.put(
                partnershipId,
                new LatestPlans.Entry(
                        decoded, record.payload(), record.content().indexTerms(), null, record));
        return decoded;
    }

    /**
     * One version of the plan, reading that version only; empty when that version does not exist.
     */
    public Optional<PlanVersion> load(String partnershipId, long version) {
        return store.version(PlanRecords.key(partnershipId), version).map(PlanRecords::read);
    }

    /**
     * Every version of the plan, oldest first; empty when none is stored. Reads every version whole:
     * to list versions use {@link #versions}, to read one use {@link #load(String, long)} or {@link
     * #asOf}.
     */
    public List<PlanVersion> history(String partnershipId) {
        List<PlanVersion> out = new ArrayList<>();
        for (StoredRecord r : store.history(PlanRecords.key(partnershipId))) {
            out.add(PlanRecords.read(r));
        }
        return List.copyOf(out);
    }

    /**
     * Every version of the plan, oldest first, without the plans: read page by page from the store's
     * version listing, which reads no payload. Empty when none is stored.
     */
    public List<PlanVersionSummary> versions(String partnershipId) {
        RecordKey key = PlanRecords.key(partnershipId);
        List<PlanVersionSummary> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<VersionInfo> page = store.versions(key, after, RecordStore.MAX_PAGE);
            page.forEach(info -> out.add(PlanVersionSummary.of(info)));
            if (page.size() < RecordStore.MAX_PAGE) {
                return List.copyOf(out);
            }
            after = page.get(page.size() - 1).version();
        }
    }

    /**
     * The plan as it stood at {@code instant}: the last version saved at or before it (the highest
     * version whose save time is not after it), read alone through the store's {@link
     * RecordStore#asOf}.
     *
     * @return empty when the first version was saved later, or none is stored
     */
    public Optional<PlanVersion> asOf(String partnershipId, Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return store.asOf(PlanRecords.key(partnershipId), instant).map(PlanRecords::read);
    }

    /**
     * The plan as it stood at the end of {@code date} in the facade's time zone (Europe/London
     * unless configured): "the MOU as it stood on 1 March".
     *
     * @return empty when the first version was saved later, or none is stored
     */
    public Optional<PlanVersion> asOn(String partnershipId, LocalDate date) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        return asOf(partnershipId, endOfDay);
    }

    /** The name a person erased from a plan is shown by. */
    public static final String ERASED_NAME = "[erased]";

    /**
     * Erases a person's name and email from every stored version of every plan that names them
     * (their id and roles stay, so the plan keeps its shape): each such version is replaced in the
     * store by a redacted one, with the store's trace of who (the facade's author), when and why.
     * Versions that no longer hold the name or email are left alone, so running it again after a
     * failure finishes the job.
     *
     * @param personId the person's id in the plans, e.g. {@code p-jsmith}
     * @param reason why, one line (e.g. a request reference); never the erased values
     * @return how many plan versions were redacted
     * @throws UnsupportedOperationException when the store cannot erase
     */
    public int erasePerson(String personId, String reason) {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(reason, "reason");
        int redactedVersions = 0;
        // Kept plans may hold the person's name: drop them all (each is checked against the store
        // anyway, but nothing erased should linger in memory).
        latest.clear();
        for (RecordKey key : store.keys(PlanRecords.TYPE)) {
            Map<Long, RecordDraft> redacted = new TreeMap<>();
            long after = 0;
            while (true) {
                List<VersionInfo> page = store.versions(key, after, RecordStore.MAX_PAGE);
                for (VersionInfo info : page) {
                    store.version(key, info.version()).ifPresent(r -> {
                        PartnershipPlan plan = PlanRecords.read(r).plan();
                        plan.person(personId)
                                .filter(p -> !p.name().equals(ERASED_NAME)
                                        || p.email().isPresent())
                                .ifPresent(p -> redacted.put(
                                        r.version(),
                                        PlanRecords.draft(
                                                withoutPerson(plan, personId),
                                                r.content().author(),
                                                r.content().time())));
                    });
                }
                if (page.size() < RecordStore.MAX_PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).version();
            }
            if (!redacted.isEmpty()) {
                store.erase(
                        key,
                        redacted,
                        new Erasure(key, List.copyOf(redacted.keySet()), author, clock.instant(), reason));
                redactedVersions += redacted.size();
            }
        }
        return redactedVersions;
    }

    private static PartnershipPlan withoutPerson(PartnershipPlan plan, String personId) {
        List<Person> people = new ArrayList<>();
        for (Person p : plan.people()) {
            people.add(
                    p.id().equals(personId)
                            ? Person.builder()
                                    .from(p)
                                    .name(ERASED_NAME)
                                    .email(Optional.empty())
                                    .build()
                            : p);
        }
        return plan.withPeople(people);
    }

    /** The latest versions of the plans whose members include the school with {@code urn}. */
    public List<PlanVersion> findByUrn(Urn urn) {
        return find(PlanRecords.URN, urn.toString());
    }

    /** The latest versions of the plans whose members include the institution with this id. */
    public List<PlanVersion> findByMember(String institutionId) {
        return find(PlanRecords.MEMBER, institutionId);
    }

    /** The latest versions of the plans of partnerships in {@code programme}. */
    public List<PlanVersion> findByProgramme(String programme) {
        return find(PlanRecords.PROGRAMME, programme);
    }

    /** The partnership ids of every stored plan, sorted. */
    public List<String> ids() {
        return store.keys(PlanRecords.TYPE).stream().map(RecordKey::id).toList();
    }

    private List<PlanVersion> find(String name, String value) {
        Optional<IndexTerm> term = PlanRecords.term(name, value);
        if (term.isEmpty()) {
            return List.of();
        }
        return store.find(PlanRecords.TYPE, term.get()).stream()
                .map(r -> read(r.key().id(), r))
                .toList();
    }
}
