package org.concordat.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;
import org.concordat.internal.base.Checks;
import org.concordat.plan.PartnershipPlan;

/**
 * A named set of {@link Rule}s, each with the severity this rulebook gives it, that judges a plan
 * and returns every violation at once in a deterministic order. Rulebooks compose: a {@link
 * Builder} includes another rulebook, adds, replaces or removes rules by code, and re-grades them.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Rulebook ours = Rulebook.builder("our-trust")
 *     .include(Rulebooks.stemPartnership())
 *     .regrade(Codes.PROGRAMME_GROUP_SIZE, Severity.INFO)
 *     .add(ourRule)
 *     .build();
 * ValidationReport report = ours.validate(plan, ValidationSettings.asOf(LocalDate.of(2025, 9, 1)));
 * }</pre>
 */
public final class Rulebook {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private final String name;
    private final String description;
    private final Map<String, Entry> entries;

    private Rulebook(String name, String description, Map<String, Entry> entries) {
        this.name = name;
        this.description = description;
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * A builder of a rulebook called {@code name} (lower-case words joined by '-', e.g. {@code
     * our-trust}).
     *
     * @throws IllegalArgumentException naming the name when it has another form
     */
    public static Builder builder(String name) {
        return new Builder(requireName(name));
    }

    /** A builder that starts from this rulebook's rules and severities, under {@code name}. */
    public Builder toBuilder(String name) {
        Builder b = builder(name).description(description);
        b.entries.putAll(entries);
        return b;
    }

    /** The name, e.g. {@code stem-partnership}. */
    public String name() {
        return name;
    }

    /** What the rulebook is for, in a sentence. */
    public String description() {
        return description;
    }

    /** The codes of the rules, in the order they were added. */
    public Set<String> codes() {
        return entries.keySet();
    }

    /** The rules, in the order they were added. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        entries.values().forEach(e -> rules.add(e.rule));
        return Collections.unmodifiableList(rules);
    }

    /** The rule with {@code code}, if this rulebook has it. */
    public Optional<Rule> rule(String code) {
        return Optional.ofNullable(entries.get(code)).map(e -> e.rule);
    }

    /** The severity this rulebook gives the rule with {@code code}, if it has it. */
    public Optional<Severity> severityOf(String code) {
        return Optional.ofNullable(entries.get(code)).map(e -> e.severity);
    }

    /**
     * Judges {@code plan} with every rule.
     *
     * @throws IllegalStateException naming the rule when a rule itself fails
     */
    public ValidationReport validate(PartnershipPlan plan, ValidationSettings settings) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(settings, "settings");
        PlanIndex index = PlanIndex.of(plan);
        TermCalendar calendar = calendarFor(plan, settings);
        List<Violation> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            RuleContext context = new RuleContext(index, settings, calendar, found, e.rule.code(), e.severity);
            try {
                e.rule.check(plan, context);
            } catch (RuntimeException ex) {
                throw new IllegalStateException(
                        "rulebook " + name + ": rule " + e.rule.code() + " failed on plan "
                                + plan.partnership().id() + ": " + ex.getMessage(),
                        ex);
            }
        }
        return ValidationReport.of(name, found);
    }

    /**
     * Judges many plans at once (a programme's partnerships, say), in parallel on the calling thread
     * and the common fork-join pool: each plan with the settings {@code settings} gives for it. Validation is a
     * pure function of plan and settings, so the reports are exactly those {@link
     * #validate(PartnershipPlan, ValidationSettings)} gives one by one, in the plans' order.
     *
     * @throws IllegalStateException naming the rule and the plan when a rule fails (for the first
     *     such plan in order)
     * @throws NullPointerException when a plan, or the settings given for one, is null
     */
    public List<ValidationReport> validateAll(
            List<PartnershipPlan> plans, Function<? super PartnershipPlan, ValidationSettings> settings) {
        Objects.requireNonNull(settings, "settings");
        List<PartnershipPlan> checked = checked(plans);
        // A parallel stream runs on the calling thread as well as the common pool, whose
        // parallelism is one less than the cores: together, every core.
        List<Object> outcomes = checked.parallelStream()
                .map(plan -> {
                    try {
                        return (Object) validate(plan, settingsFor(settings, plan));
                    } catch (RuntimeException e) {
                        return e;
                    }
                })
                .toList();
        List<ValidationReport> reports = new ArrayList<>(outcomes.size());
        for (Object outcome : outcomes) {
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            reports.add((ValidationReport) outcome);
        }
        return List.copyOf(reports);
    }

    private static List<PartnershipPlan> checked(List<PartnershipPlan> plans) {
        List<PartnershipPlan> checked = new ArrayList<>(Objects.requireNonNull(plans, "plans"));
        for (int i = 0; i < checked.size(); i++) {
            Objects.requireNonNull(checked.get(i), "plans[" + i + "]");
        }
        return checked;
    }

    private static ValidationSettings settingsFor(
            Function<? super PartnershipPlan, ValidationSettings> settings, PartnershipPlan plan) {
        return Objects.requireNonNull(
                settings.apply(plan), "settings for plan " + plan.partnership().id());
    }

    /**
     * As {@link #validateAll(List, Function)}, on {@code executor}: a fixed pool of as many threads as
     * cores, for example, when the common pool is busy with other work. Every plan is validated
     * before this returns or throws.
     *
     * @throws IllegalStateException naming the rule and the plan when a rule fails (for the first
     *     such plan in order)
     * @throws NullPointerException when a plan, or the settings given for one, is null
     */
    public List<ValidationReport> validateAll(
            List<PartnershipPlan> plans,
            Function<? super PartnershipPlan, ValidationSettings> settings,
            Executor executor) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        List<PartnershipPlan> checked = checked(plans);
        List<CompletableFuture<ValidationReport>> running = new ArrayList<>(checked.size());
        for (PartnershipPlan plan : checked) {
            running.add(CompletableFuture.supplyAsync(() -> validate(plan, settingsFor(settings, plan)), executor));
        }
        CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0]))
                .exceptionally(e -> null)
                .join();
        List<ValidationReport> reports = new ArrayList<>(running.size());
        for (CompletableFuture<ValidationReport> r : running) {
            try {
                reports.add(r.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return List.copyOf(reports);
    }

    /** Judges {@code plan} as of today in England, with no real term dates. */
    public ValidationReport validate(PartnershipPlan plan) {
        return validate(plan, ValidationSettings.today());
    }

    @Override
    public String toString() {
        return "Rulebook[" + name + ", " + entries.size() + " rules]";
    }

    /**
     * The settings' calendar with the default dates of the plan's years computed once, so that
     * rules placing hundreds of term-based activities do not recompute them each time.
     */
    private static TermCalendar calendarFor(PartnershipPlan plan, ValidationSettings settings) {
        TermCalendar calendar = settings.termCalendar();
        Period p = plan.partnership().period();
        AcademicYear last = AcademicYear.containing(p.end());
        for (AcademicYear y = AcademicYear.containing(p.start()); y.compareTo(last) <= 0; y = y.next()) {
            if (!calendar.supplied().containsKey(y)) {
                calendar = calendar.with(TermDates.defaults(y));
            }
        }
        return calendar;
    }

    private static String requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(Checks.describe(
                    "rulebook.name", name, "a rulebook name is lower-case letters and digits joined by '-'"));
        }
        return name;
    }

    private static final class Entry {
        final Rule rule;
        final Severity severity;

        Entry(Rule rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
        }
    }

    /**
     * Builds a {@link Rulebook}. Each operation refuses, with a message naming the code and the
     * rulebook, what would silently lose a rule: adding a code twice, replacing, removing or
     * re-grading a code that is not there.
     */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets what the rulebook is for. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Adds every rule of {@code other} with the severity {@code other} gives it. A code already
         * here is accepted only for the very same rule with the same severity (so including two
         * rulebooks that both include a third is fine).
         *
         * @throws IllegalArgumentException naming the code when it clashes
         */
        public Builder include(Rulebook other) {
            for (Map.Entry<String, Entry> e : other.entries.entrySet()) {
                Entry mine = entries.get(e.getKey());
                if (mine == null) {
                    entries.put(e.getKey(), e.getValue());
                } else if (mine.rule != e.getValue().rule || mine.severity != e.getValue().severity) {
                    throw new IllegalArgumentException(Checks.describe(
                            "rulebook " + name + ": include " + other.name(),
                            e.getKey(),
                            "a different rule or severity already has this code; remove or replace it first"));
                }
            }
            return this;
        }

        /**
         * Adds {@code rule} with its default severity.
         *
         * @throws IllegalArgumentException when its code is already here or is not UPPER_SNAKE
         */
        public Builder add(Rule rule) {
            return add(rule, rule.defaultSeverity());
        }

        /**
         * Adds {@code rule} with {@code severity}.
         *
         * @throws IllegalArgumentException when its code is already here or is not UPPER_SNAKE
         */
        public Builder add(Rule rule, Severity severity) {
            String code = ViolationDef.requireCode(rule.code());
            if (entries.containsKey(code)) {
                throw new IllegalArgumentException(
                        Checks.describe("rulebook " + name, code, "already has a rule with this code; use replace"));
            }
            entries.put(code, new Entry(rule, Objects.requireNonNull(severity, "severity")));
            return this;
        }

        /**
         * Replaces the rule with {@code rule}'s code by {@code rule}, keeping its place and the
         * severity it had here.
         *
         * @throws IllegalArgumentException when no rule has that code
         */
        public Builder replace(Rule rule) {
            Entry old = require(rule.code());
            entries.put(rule.code(), new Entry(rule, old.severity));
            return this;
        }

        /**
         * Removes the rule with {@code code}.
         *
         * @throws IllegalArgumentException when no rule has that code
         */
        public Builder remove(String code) {
            require(code);
            entries.remove(code);
            return this;
        }

        /**
         * Gives the rule with {@code code} the severity {@code severity}.
         *
         * @throws IllegalArgumentException when no rule has that code
         */
        public Builder regrade(String code, Severity severity) {
            Entry old = require(code);
            entries.put(code, new Entry(old.rule, Objects.requireNonNull(severity, "severity")));
            return this;
        }

        /** The rulebook. */
        public Rulebook build() {
            return new Rulebook(name, description, entries);
        }

        private Entry require(String code) {
            Entry e = entries.get(code);
            if (e == null) {
                throw new IllegalArgumentException(Checks.describe(
                        "rulebook " + name, code, "has no rule with this code; known codes: " + entries.keySet()));
            }
            return e;
        }
    }
}
