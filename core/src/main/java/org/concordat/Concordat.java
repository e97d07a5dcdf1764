package org.concordat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.Observation;
import org.concordat.event.EventNotifications;
import org.concordat.event.ObjectiveStatus;
import org.concordat.event.ObjectiveStatuses;
import org.concordat.event.PlanEvent;
import org.concordat.event.PlanEvents;
import org.concordat.event.Reminders;
import org.concordat.internal.notify.FanOutNotifier;
import org.concordat.plan.PartnershipPlan;
import org.concordat.rules.Rulebook;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordStore;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one object an application holds: a session bound to a {@link RecordStore}, a {@link
 * Notifier} and {@link ReportRenderer}s, each given explicitly to the {@link #builder()} or
 * discovered through {@link java.util.ServiceLoader} by {@link Providers}' rules (a name from the
 * configuration key or system property {@code concordat.store} / {@code concordat.notifier}, else
 * the highest priority). With nothing on the path but Concordat itself, that is the file store in
 * {@code ./.concordat}, the log notifier and the Markdown, HTML, CSV and JSON renderers.
 *
 * <p>{@link #plans()} saves and loads plans; each save is compared with the version it replaces
 * and the resulting {@link PlanEvent}s become notifications, recorded in the outbox in the record
 * store in the same atomic append as the version, each with a stable id derived from its cause, and
 * then sent (see {@link NotificationMode}); {@link #dispatch()} sends what is still pending, through
 * every configured notifier ({@code concordat.notifier=smtp,webhook,log} fans out). {@link #observations()} records
 * monitoring data; each recording re-evaluates the plan as of today (or, for a value recorded
 * before the end of the period it describes, as of that period's end) and announces objectives that
 * became at risk or off track. Each value is judged at the date it describes, so a status changes
 * only when a new value arrives, never because the calendar moved on. {@link #remind(LocalDate)} sends
 * the time-based ones. {@link #render} renders a report document in any available format.
 *
 * <p>Safe for use by many threads at once. Closing it closes the store and notifier it holds,
 * whether they were given or discovered.
 */
public final class Concordat implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Concordat.class);

    /** The name a notifier given to the builder without one is known by in the outbox. */
    public static final String GIVEN_NOTIFIER = "given";

    private final RecordStore store;
    private final Map<String, Notifier> notifiers;
    private final Notifier notifier;
    private final Outbox outbox;
    private final NotificationMode mode;
    private final Map<String, String> config;
    private final Map<String, ReportRenderer> renderers = new ConcurrentHashMap<>();
    private final Reminders reminders;
    private final PlanRepository plans;
    private final ObservationRepository observations;
    private final UpdateRepository updates;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Concordat(Builder b) {
        this.config = Map.copyOf(b.config);
        RecordStore chosenStore = b.store != null ? b.store : Providers.openRecordStore(config);
        Map<String, Notifier> chosenNotifiers;
        try {
            chosenNotifiers =
                    !b.notifiers.isEmpty() ? new LinkedHashMap<>(b.notifiers) : Providers.openNotifiers(config);
        } catch (RuntimeException e) {
            if (b.store == null) {
                chosenStore.close();
            }
            throw e;
        }
        this.store = chosenStore;
        this.notifiers = java.util.Collections.unmodifiableMap(chosenNotifiers);
        this.notifier = notifiers.size() == 1 ? notifiers.values().iterator().next() : new FanOutNotifier(notifiers);
        this.mode = b.mode;
        this.outbox = new Outbox(store, b.clock, b.author);
        this.renderers.putAll(b.renderers);
        this.clock = b.clock;
        this.zone = b.zone;
        this.observations = new ObservationRepository(store, b.clock, b.author, this::observed);
        this.reminders =
                b.reminders != null ? b.reminders : Reminders.defaults().withDataLog(this::lastCollected);
        this.plans =
                new PlanRepository(store, b.clock, b.zone, b.author, Optional.ofNullable(b.rulebook), saveListener());
        this.updates =
                new UpdateRepository(store, b.clock, id -> plans.load(id).map(PlanVersion::plan), monitoringSink());
    }

    /**
     * A facade with every backend discovered, using the system properties {@code concordat.store}
     * and {@code concordat.notifier} when set.
     *
     * @throws org.concordat.spi.ProviderSelectionException when a backend cannot be chosen
     */
    public static Concordat open() {
        return builder().build();
    }

    /**
     * A facade with every backend discovered and opened with {@code config} (e.g. {@code
     * concordat.store=file}, {@code directory=/var/lib/concordat}).
     *
     * @throws org.concordat.spi.ProviderSelectionException when a backend cannot be chosen
     */
    public static Concordat open(Map<String, String> config) {
        return builder().config(config).build();
    }

    /** A builder, to give some backends explicitly and discover the rest. */
    public static Builder builder() {
        return new Builder();
    }

    /** The plans in the store. */
    public PlanRepository plans() {
        checkOpen();
        return plans;
    }

    /** The monitoring observations in the store. */
    public ObservationRepository observations() {
        checkOpen();
        return observations;
    }

    /**
     * The monitoring updates and period locks in the store: values drafted, submitted, approved or
     * returned by the people the stored plan's roles allow, each step kept. Only approved updates
     * feed the evaluation ({@link UpdateRepository#approved}).
     */
    public UpdateRepository updates() {
        checkOpen();
        return updates;
    }

    /**
     * Erases a person's name and email from every stored version of every plan (see {@link
     * PlanRepository#erasePerson}) and from every notification in the outbox, pending or delivered
     * (they are taken out of its recipients, so a pending one is no longer sent to them), for a data
     * protection erasure request. Each redaction leaves the store's trace: who, when, why.
     *
     * @return how many stored versions (of plans and of notifications) were redacted
     * @throws UnsupportedOperationException when the store cannot erase
     */
    public int erasePerson(String personId, String reason) {
        checkOpen();
        int redacted = plans.erasePerson(personId, reason);
        return redacted + outbox.erasePerson(personId, reason);
    }

    /**
     * Sends every notification in the outbox that is due: those not yet delivered through each
     * notifier, and those whose failed delivery is due to be tried again. Records each outcome, so a
     * notifier that delivered is not sent the notification again, and one that failed for now is
     * tried again later (see {@link NotificationMode}). Run it from a scheduler, or after a crash.
     *
     * @return what was sent, failed and skipped
     */
    public DispatchSummary dispatch() {
        checkOpen();
        return outbox.dispatch(notifiers);
    }

    /** The notifications in the outbox with a delivery still to make, oldest first. */
    public List<OutboxEntry> pending() {
        checkOpen();
        return outbox.pending();
    }

    /** The notification with {@code id} in the outbox, in its latest state. */
    public Optional<OutboxEntry> outboxEntry(String id) {
        checkOpen();
        return outbox.entry(id);
    }

    /** The names of the notifiers this facade sends through, in order (e.g. {@code [smtp, webhook, log]}). */
    public List<String> notifierNames() {
        return List.copyOf(notifiers.keySet());
    }

    /** The record store this facade uses. */
    public RecordStore store() {
        checkOpen();
        return store;
    }

    /**
     * The notifier this facade uses; with several configured, one that sends to every one of them
     * (trying each even when another fails).
     */
    public Notifier notifier() {
        checkOpen();
        return notifier;
    }

    /**
     * The renderer for {@code format} ({@code markdown}, {@code html}, {@code csv}, {@code json} or a
     * backend's): the one given to the builder, else the discovered provider of that name.
     *
     * @throws org.concordat.spi.ProviderSelectionException when no renderer offers the format
     */
    public ReportRenderer renderer(String format) {
        checkOpen();
        String key = format.strip().toLowerCase(Locale.ROOT);
        return renderers.computeIfAbsent(key, f -> Providers.rendererProvider(f).open(config));
    }

    /** Every format a renderer is available for, given or discovered, sorted. */
    public List<String> formats() {
        TreeSet<String> all = new TreeSet<>(renderers.keySet());
        all.addAll(Providers.rendererFormats());
        return List.copyOf(all);
    }

    /**
     * Renders {@code document} in {@code format} to {@code out}; {@code out} is flushed, not closed.
     *
     * @throws UncheckedIOException when writing fails
     * @throws org.concordat.spi.ProviderSelectionException when no renderer offers the format
     */
    public void render(ReportDocument document, String format, OutputStream out) {
        try {
            renderer(format).render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering \"" + document.title() + "\" as " + format, e);
        }
    }

    /** Renders {@code document} in {@code format} to bytes; see {@link #render(ReportDocument, String, OutputStream)}. */
    public byte[] render(ReportDocument document, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(document, format, out);
        return out.toByteArray();
    }

    /**
     * Records (and, by default, sends) the time-based notifications due on {@code asOf} for every
     * stored plan (latest versions): activities coming up within the configured days, overdue measure
     * data, and agreement versions still awaiting approvals. Each reminder's id is derived from what
     * it reminds of (the activity's occurrence, the measure's due date, the agreement version and the
     * week), so running it twice, or on the next day, sends each reminder once.
     *
     * @return the events found, in plan id order, including those recorded before
     */
    public List<PlanEvent> remind(LocalDate asOf) {
        List<PlanEvent> all = new ArrayList<>();
        for (String id : plans().ids()) {
            all.addAll(remind(id, asOf));
        }
        return List.copyOf(all);
    }

    /**
     * Records (and, by default, sends) the time-based notifications due on {@code asOf} for one plan;
     * see {@link #remind(LocalDate)}.
     *
     * @return the events found; empty when the plan is not stored
     */
    public List<PlanEvent> remind(String partnershipId, LocalDate asOf) {
        Optional<PlanVersion> latest = plans().load(partnershipId);
        if (latest.isEmpty()) {
            return List.of();
        }
        PartnershipPlan plan = latest.get().plan();
        List<PlanEvent> events = new ArrayList<>(PlanEvents.due(plan, asOf, reminders));
        events.addAll(PlanEvents.awaitingApproval(plan));
        if (mode != NotificationMode.OFF) {
            List<String> recorded = outbox.recordNew(outbox.items(events, plan, e -> Outbox.reminderCause(e, asOf)));
            sendRecorded(recorded);
        }
        return List.copyOf(events);
    }

    /**
     * Records one notification per event, addressed from {@code plan}, and (by default) sends them;
     * for events found elsewhere, e.g. objective status changes from an evaluation ({@link
     * PlanEvents#statusChanges}). Each id is derived from the event and the notification's content,
     * so publishing the same again sends nothing new. With {@link NotificationMode#OFF} nothing is
     * recorded and each is sent directly, at most once.
     *
     * @return the notifications made (an event whose people have no email makes none)
     * @throws java.io.UncheckedIOException with {@link NotificationMode#OFF}, when the notifier cannot
     *     accept one; later ones are not sent
     */
    public List<Notification> publish(List<? extends PlanEvent> events, PartnershipPlan plan) {
        checkOpen();
        List<Notification> made = new ArrayList<>();
        if (mode == NotificationMode.OFF) {
            for (PlanEvent event : events) {
                Optional<Notification> n = EventNotifications.toNotification(event, plan);
                n.ifPresent(notifier::send);
                n.ifPresent(made::add);
            }
            return List.copyOf(made);
        }
        List<OutboxItem> items =
                outbox.items(events, plan, e -> Outbox.publishedCause(e, EventNotifications.toNotification(e, plan)));
        items.stream().filter(i -> !i.recipients().isEmpty()).forEach(i -> made.add(i.notification()));
        sendRecorded(outbox.recordNew(items));
        return List.copyOf(made);
    }

    private PlanRepository.SaveListener saveListener() {
        return new PlanRepository.SaveListener() {
            @Override
            public List<org.concordat.spi.RecordAppend> causes(
                    Optional<PartnershipPlan> before, PartnershipPlan after, long version) {
                if (mode == NotificationMode.OFF) {
                    return List.of();
                }
                List<PlanEvent> events = PlanEvents.changes(before, after);
                return outbox.appends(outbox.items(events, after, e -> Outbox.savedCause(e, version)));
            }

            @Override
            public void saved(PlanVersion after, List<org.concordat.spi.RecordAppend> causes) {
                sendRecorded(causes.stream().map(a -> a.key().id()).toList());
            }
        };
    }

    private UpdateRepository.EventSink monitoringSink() {
        return new UpdateRepository.EventSink() {
            @Override
            public List<org.concordat.spi.RecordAppend> causes(List<PlanEvent> events, PartnershipPlan plan) {
                if (mode == NotificationMode.OFF || events.isEmpty()) {
                    return List.of();
                }
                return outbox.appends(outbox.items(events, plan, Outbox::monitoringCause));
            }

            @Override
            public void recorded(List<org.concordat.spi.RecordAppend> causes) {
                sendRecorded(causes.stream().map(a -> a.key().id()).toList());
            }
        };
    }

    /** Sends what was just recorded, when the mode says so; a failure leaves it pending, never fails the caller. */
    private void sendRecorded(List<String> ids) {
        if (mode != NotificationMode.SEND_AFTER_SAVE || ids.isEmpty()) {
            return;
        }
        try {
            DispatchSummary summary = outbox.dispatch(notifiers, ids);
            if (summary.anyFailed()) {
                LOG.warn("notifications recorded; sending: {}", summary.describe(zone, clock.instant()));
            }
        } catch (RuntimeException e) {
            // They are recorded: a dispatcher sends them later. Failing the save now would invite a retry that
            // conflicts.
            LOG.error("notifications recorded, but sending failed; they stay pending: {}", e.toString());
        }
    }

    /** The data log of reminders: the latest day described by an observation or an approved update. */
    private Optional<LocalDate> lastCollected(String partnershipId, String measureId) {
        Optional<LocalDate> observed = observations.lastCollected(partnershipId, measureId);
        Optional<LocalDate> approved = updates.approved(partnershipId).stream()
                .filter(o -> o.measureId().equals(measureId))
                .map(Observation::date)
                .max(LocalDate::compareTo);
        return observed.isEmpty()
                ? approved
                : approved.filter(a -> a.isAfter(observed.get())).or(() -> observed);
    }

    private void observed(String partnershipId, List<Observation> before, List<Observation> after) {
        Optional<PlanVersion> plan = plans.load(partnershipId);
        if (plan.isEmpty()) {
            return;
        }
        PartnershipPlan p = plan.get().plan();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // A value may be recorded before the period it describes ends (GCSE results day falls
        // before 31 August); judged as of today it would be ignored, and never announced. Judge both
        // sides as of the latest date the new values describe, so only the new values can differ.
        LocalDate judgedOn = after.subList(before.size(), after.size()).stream()
                .map(Observation::date)
                .filter(today::isBefore)
                .max(LocalDate::compareTo)
                .orElse(today);
        try {
            Map<String, ObjectiveStatus> was =
                    ObjectiveStatuses.of(p, Evaluation.of(p, before).asOf(judgedOn));
            Map<String, ObjectiveStatus> now =
                    ObjectiveStatuses.of(p, Evaluation.of(p, after).asOf(judgedOn));
            List<PlanEvent> changes = PlanEvents.statusChanges(p, was, now);
            if (mode == NotificationMode.OFF) {
                publish(changes, p);
            } else {
                int count = after.size();
                sendRecorded(outbox.recordNew(outbox.items(changes, p, e -> Outbox.observedCause(e, count))));
            }
        } catch (RuntimeException e) {
            // The observations are stored; a failure to judge or notify must not hide that.
            LOG.error(
                    "observations for {} recorded, but judging objectives or notifying failed: {}",
                    partnershipId,
                    e.toString());
        }
    }

    /** Closes the notifiers, then the store; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                if (notifier instanceof FanOutNotifier) {
                    notifier.close();
                } else {
                    notifiers.values().forEach(Notifier::close);
                }
            } finally {
                store.close();
            }
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this Concordat is closed");
        }
    }

    /** Collects what a {@link Concordat} is bound to; not thread-safe. */
    public static final class Builder {
        private RecordStore store;
        private final Map<String, Notifier> notifiers = new LinkedHashMap<>();
        private NotificationMode mode = NotificationMode.SEND_AFTER_SAVE;
        private final Map<String, ReportRenderer> renderers = new LinkedHashMap<>();
        private final Map<String, String> config = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/London");
        private String author = "concordat";
        private Reminders reminders;
        private Rulebook rulebook;

        private Builder() {}

        /** Uses this store instead of discovering one. */
        public Builder store(RecordStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Uses this notifier instead of discovering one, known in the outbox as {@value
         * Concordat#GIVEN_NOTIFIER}; replaces any given before.
         */
        public Builder notifier(Notifier notifier) {
            Objects.requireNonNull(notifier, "notifier");
            notifiers.clear();
            notifiers.put(GIVEN_NOTIFIER, notifier);
            return this;
        }

        /**
         * Adds a notifier under {@code name} (e.g. {@code smtp}), instead of discovering them: with
         * several, every notification goes to each, and the outbox keeps each one's delivery apart, so
         * a retry goes only to those that have not delivered it. The name is recorded with each
         * delivery: keep it stable.
         *
         * @throws IllegalArgumentException when the name is blank or was given before
         */
        public Builder notifier(String name, Notifier notifier) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(notifier, "notifier");
            if (name.isBlank() || notifiers.containsKey(name)) {
                throw new IllegalArgumentException("notifier name \"" + name + "\": must be non-blank and distinct");
            }
            notifiers.remove(GIVEN_NOTIFIER);
            notifiers.put(name, notifier);
            return this;
        }

        /** What to do with the notifications saves, reminders and observations cause; {@link NotificationMode#SEND_AFTER_SAVE} by default. */
        public Builder notifications(NotificationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Uses this renderer for its format instead of discovering one. */
        public Builder renderer(ReportRenderer renderer) {
            renderers.put(renderer.format().strip().toLowerCase(Locale.ROOT), renderer);
            return this;
        }

        /**
         * Adds configuration for discovery and for opening backends: {@code concordat.store}, {@code
         * concordat.notifier} and each provider's own keys (e.g. {@code directory}).
         */
        public Builder config(Map<String, String> settings) {
            config.putAll(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** Adds one configuration entry; see {@link #config(Map)}. */
        public Builder config(String key, String value) {
            config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The clock that stamps saved versions and gives "today" for rulebooks; UTC system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The zone in which dates are read, e.g. for {@link PlanRepository#asOn}; Europe/London by default. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Who saves: recorded with each version; {@code concordat} by default. */
        public Builder author(String author) {
            this.author = Objects.requireNonNull(author, "author");
            return this;
        }

        /**
         * Reminder settings (days ahead, term calendar, measure data log). By default: {@value
         * Reminders#DEFAULT_DAYS_AHEAD} days, default term dates, and the observations in the store
         * as the data log.
         */
        public Builder reminders(Reminders reminders) {
            this.reminders = Objects.requireNonNull(reminders, "reminders");
            return this;
        }

        /** Refuse to save a plan that has errors under {@code rulebook}, with {@link PlanRejectedException}. */
        public Builder requireRulebook(Rulebook rulebook) {
            this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
            return this;
        }

        /**
         * The facade, discovering the store and notifier when none was given.
         *
         * @throws org.concordat.spi.ProviderSelectionException when a backend cannot be chosen
         * @throws UncheckedIOException when a discovered backend cannot be opened
         */
        public Concordat build() {
            return new Concordat(this);
        }
    }
}
