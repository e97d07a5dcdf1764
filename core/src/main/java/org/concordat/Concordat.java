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
 * and the resulting {@link PlanEvent}s are sent as notifications. {@link #observations()} records
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

    private final RecordStore store;
    private final Notifier notifier;
    private final Map<String, String> config;
    private final Map<String, ReportRenderer> renderers = new ConcurrentHashMap<>();
    private final Reminders reminders;
    private final PlanRepository plans;
    private final ObservationRepository observations;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Concordat(Builder b) {
        this.config = Map.copyOf(b.config);
        RecordStore chosenStore = b.store != null ? b.store : Providers.openRecordStore(config);
        Notifier chosenNotifier;
        try {
            chosenNotifier = b.notifier != null ? b.notifier : Providers.openNotifier(config);
        } catch (RuntimeException e) {
            if (b.store == null) {
                chosenStore.close();
            }
            throw e;
        }
        this.store = chosenStore;
        this.notifier = chosenNotifier;
        this.renderers.putAll(b.renderers);
        this.clock = b.clock;
        this.zone = b.zone;
        this.observations = new ObservationRepository(store, b.clock, b.author, this::observed);
        this.reminders =
                b.reminders != null ? b.reminders : Reminders.defaults().withDataLog(observations::lastCollected);
        this.plans = new PlanRepository(store, b.clock, b.zone, b.author, Optional.ofNullable(b.rulebook), this::saved);
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
     * Erases a person's name and email from every stored version of every plan (see {@link
     * PlanRepository#erasePerson}), for a data protection erasure request.
     *
     * @return how many plan versions were redacted
     */
    public int erasePerson(String personId, String reason) {
        checkOpen();
        return plans.erasePerson(personId, reason);
    }

    /** The record store this facade uses. */
    public RecordStore store() {
        checkOpen();
        return store;
    }

    /** The notifier this facade uses. */
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
     * Sends the time-based notifications due on {@code asOf} for every stored plan (latest versions):
     * activities coming up within the configured days and overdue measure data.
     *
     * @return the events found, in plan id order
     */
    public List<PlanEvent> remind(LocalDate asOf) {
        List<PlanEvent> all = new ArrayList<>();
        for (String id : plans().ids()) {
            all.addAll(remind(id, asOf));
        }
        return List.copyOf(all);
    }

    /**
     * Sends the time-based notifications due on {@code asOf} for one plan.
     *
     * @return the events found; empty when the plan is not stored
     */
    public List<PlanEvent> remind(String partnershipId, LocalDate asOf) {
        Optional<PlanVersion> latest = plans().load(partnershipId);
        if (latest.isEmpty()) {
            return List.of();
        }
        List<PlanEvent> events = PlanEvents.due(latest.get().plan(), asOf, reminders);
        publish(events, latest.get().plan());
        return events;
    }

    /**
     * Sends one notification per event, addressed from {@code plan}; for events found elsewhere,
     * e.g. objective status changes from an evaluation ({@link PlanEvents#statusChanges}).
     *
     * @return the notifications sent (an event whose people have no email sends none)
     * @throws java.io.UncheckedIOException when the notifier cannot accept one; later ones are not
     *     sent
     */
    public List<Notification> publish(List<? extends PlanEvent> events, PartnershipPlan plan) {
        checkOpen();
        List<Notification> sent = new ArrayList<>();
        for (PlanEvent event : events) {
            Optional<Notification> n = EventNotifications.toNotification(event, plan);
            if (n.isPresent()) {
                notifier.send(n.get());
                sent.add(n.get());
            } else {
                LOG.warn(
                        "{} for {}: nobody to notify (no work email for the people concerned)",
                        event.eventType(),
                        event.partnershipId());
            }
        }
        return List.copyOf(sent);
    }

    private void saved(Optional<PartnershipPlan> before, PlanVersion after) {
        List<PlanEvent> events = PlanEvents.changes(before, after.plan());
        try {
            publish(events, after.plan());
        } catch (RuntimeException e) {
            // The version is stored: failing the save now would invite a retry that conflicts. Say so loudly.
            LOG.error(
                    "plan {} version {} saved, but notifying failed: {}",
                    after.partnershipId(),
                    after.version(),
                    e.toString());
        }
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
            publish(PlanEvents.statusChanges(p, was, now), p);
        } catch (RuntimeException e) {
            // The observations are stored; a failure to judge or notify must not hide that.
            LOG.error(
                    "observations for {} recorded, but judging objectives or notifying failed: {}",
                    partnershipId,
                    e.toString());
        }
    }

    /** Closes the notifier, then the store; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                notifier.close();
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
        private Notifier notifier;
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

        /** Uses this notifier instead of discovering one. */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
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
