package org.concordat.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every violation a rulebook found in one plan, in a deterministic order: by the part of the plan
 * (partnership, institutions, people, agreement, objectives, activities, funding, evaluation plan),
 * then subject, code, message and path. The order does not depend on the order in which the plan
 * lists its members, activities or objectives (only the paths do).
 */
public final class ValidationReport {
    private static final List<String> PARTS = List.of(
            "",
            "partnership",
            "institutions",
            "people",
            "agreement",
            "objectives",
            "activities",
            "funding",
            "evaluationPlan");

    /** The order of violations in a report. */
    static final Comparator<Violation> ORDER = Comparator.comparingInt((Violation v) -> partRank(v.path()))
            .thenComparing(Violation::subject)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message)
            .thenComparing(Violation::path, ValidationReport::comparePointers)
            .thenComparing(Violation::severity)
            .thenComparing(Violation::hint);

    private final String rulebook;
    private final List<Violation> violations;

    private ValidationReport(String rulebook, List<Violation> violations) {
        this.rulebook = rulebook;
        this.violations = violations;
    }

    /** A report by {@code rulebook} of {@code violations}, which it puts in order. */
    public static ValidationReport of(String rulebook, List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        return new ValidationReport(Objects.requireNonNull(rulebook, "rulebook"), List.copyOf(sorted));
    }

    /** The name of the rulebook that judged the plan. */
    public String rulebook() {
        return rulebook;
    }

    /** Every violation, in order. */
    public List<Violation> violations() {
        return violations;
    }

    /** Whether the plan has no {@link Severity#ERROR}. */
    public boolean isValid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** How many violations have {@code severity}. */
    public int count(Severity severity) {
        return (int) violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** The number of violations of each severity, every severity present (zero included). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    /** The errors, in order. */
    public List<Violation> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** The violations of {@code severity}, in order. */
    public List<Violation> withSeverity(Severity severity) {
        return filter(v -> v.severity() == severity).violations();
    }

    /** The violations with {@code code}, in order. */
    public List<Violation> withCode(String code) {
        return filter(v -> v.code().equals(code)).violations();
    }

    /** Whether some violation has {@code code}. */
    public boolean has(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }

    /** The distinct codes reported, sorted. */
    public Set<String> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** This report keeping only the violations that match {@code keep}. */
    public ValidationReport filter(Predicate<? super Violation> keep) {
        return new ValidationReport(
                rulebook, violations.stream().filter(keep).collect(Collectors.toUnmodifiableList()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport
                && ((ValidationReport) other).rulebook.equals(rulebook)
                && ((ValidationReport) other).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rulebook, violations);
    }

    /** One line per violation after a summary line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(rulebook)
                .append(": ")
                .append(count(Severity.ERROR))
                .append(" errors, ")
                .append(count(Severity.WARNING))
                .append(" warnings, ")
                .append(count(Severity.INFO))
                .append(" infos");
        violations.forEach(v -> b.append('\n').append(v));
        return b.toString();
    }

    private static int partRank(String path) {
        int end = path.indexOf('/', 1);
        String first = path.isEmpty() ? "" : path.substring(1, end < 0 ? path.length() : end);
        int rank = PARTS.indexOf(first);
        return rank < 0 ? PARTS.size() : rank;
    }

    /** Compares pointers segment by segment, numbers as numbers, so {@code /a/2} sorts before {@code /a/10}. */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
