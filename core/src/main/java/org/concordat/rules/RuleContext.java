package org.concordat.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.TermCalendar;
import org.concordat.calendar.TermDates;

/**
 * What a {@link Rule} sees besides the plan: the "as of" date, the real term dates where they are
 * known, an index of the plan built once per validation, and the sink violations go to.
 *
 * <p>A plan does not carry term dates (they belong to each school or local authority), so they
 * come with the {@link ValidationSettings}; {@link #termDates(AcademicYear)} is empty for a year
 * whose real dates were not given, and rules that need exact holidays then say nothing.
 */
public final class RuleContext {
    private final PlanIndex index;
    private final ValidationSettings settings;
    private final TermCalendar calendar;
    private final List<Violation> sink;
    private final String code;
    private final Severity severity;

    RuleContext(
            PlanIndex index,
            ValidationSettings settings,
            TermCalendar calendar,
            List<Violation> sink,
            String code,
            Severity severity) {
        this.index = index;
        this.settings = settings;
        this.calendar = calendar;
        this.sink = sink;
        this.code = code;
        this.severity = severity;
    }

    /** The date the plan is judged as of, e.g. for who is a member. */
    public LocalDate asOf() {
        return settings.asOf();
    }

    /** The real term dates of {@code year}, when the settings carry them. */
    public Optional<TermDates> termDates(AcademicYear year) {
        return settings.termDates(year);
    }

    /**
     * The term calendar to place schedules with: the real term dates where known, else the
     * approximate defaults.
     */
    public TermCalendar termCalendar() {
        return calendar;
    }

    /** Lookups by id into the plan being judged, built once per validation. */
    public PlanIndex index() {
        return index;
    }

    /** The code of the rule being run. */
    public String code() {
        return code;
    }

    /** The severity the rulebook gives the rule being run. */
    public Severity severity() {
        return severity;
    }

    /**
     * Reports one violation of the rule being run, with its code and severity.
     *
     * @param path a JSON Pointer into the plan's JSON form, empty for the whole plan
     * @param subject what it is about: a URN, an id, a section
     * @param message what is wrong, naming the thing
     * @param hint what to do about it
     * @throws IllegalArgumentException when the path is not a pointer or a text is blank
     */
    public void report(String path, String subject, String message, String hint) {
        sink.add(Violation.builder()
                .code(code)
                .severity(severity)
                .path(path)
                .subject(subject)
                .message(message)
                .hint(hint)
                .build());
    }
}
