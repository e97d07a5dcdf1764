package org.concordat.rules;

import java.util.regex.Pattern;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/**
 * One thing wrong with a plan: a stable {@code code} (e.g. {@code MEMBER_CHAMPION_MISSING}), a
 * {@link Severity}, a {@code path} (a JSON Pointer into the plan as {@code
 * org.concordat.io.Plans#toJson} writes it, e.g. {@code /partnership/members/2}), the {@code
 * subject} it is about (a URN, an activity id, ...), a plain-English {@code message} naming the
 * thing and a {@code hint} saying what to do.
 *
 * <p>Refuses a code that is not UPPER_SNAKE, a path that is neither empty nor starts with
 * {@code /}, and a blank subject, message or hint.
 */
@Value.Immutable
@ConcordatStyle
abstract class ViolationDef {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    /** The stable code, UPPER_SNAKE: adopters may key on it; it never changes meaning. */
    public abstract String code();

    /** How much it matters. */
    public abstract Severity severity();

    /** A JSON Pointer into the plan's JSON form; empty for the whole plan. */
    public abstract String path();

    /** What it is about: a URN, an institution, activity, objective or measure id, a section. */
    public abstract String subject();

    /** What is wrong, in plain English, naming the thing. */
    public abstract String message();

    /** What to do about it. */
    public abstract String hint();

    /** Whether this is an {@link Severity#ERROR}. */
    public final boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Value.Check
    void check() {
        requireCode(code());
        if (!path().isEmpty() && !path().startsWith("/")) {
            throw new IllegalArgumentException(
                    Checks.describe("violation.path", path(), "a JSON Pointer is empty or starts with '/'"));
        }
        Checks.requireNonBlank("violation.subject", subject());
        Checks.requireNonBlank("violation.message", message());
        Checks.requireNonBlank("violation.hint", hint());
    }

    /** Returns {@code code} when it is UPPER_SNAKE, else throws naming it. */
    static String requireCode(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(Checks.describe(
                    "rule.code", code, "a code is UPPER_SNAKE: capital letters and digits joined by '_'"));
        }
        return code;
    }

    @Override
    public String toString() {
        return severity() + " " + code() + " at " + (path().isEmpty() ? "/" : path()) + " (" + subject() + "): "
                + message();
    }
}
