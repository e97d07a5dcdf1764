package org.concordat.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;

/**
 * The documented JSON shapes of {@code concordat updates} output (docs/cli.md), as records whose
 * components are the fields in the documented order; an absent value is written as {@code null}.
 */
final class UpdatesJson {
    private UpdatesJson() {}

    /** An update, a lock, a transition, or a list of them, as JSON-ready records. */
    static Object of(Object result) {
        if (result instanceof List<?> list) {
            return list.stream().map(UpdatesJson::of).toList();
        }
        if (result instanceof Update u) {
            return UpdateJson.of(u);
        }
        if (result instanceof Transition t) {
            return TransitionJson.of(t);
        }
        return LockJson.of((PeriodLock) result);
    }

    /** A monitoring update. */
    record UpdateJson(
            String id,
            String status,
            String measure,
            Optional<String> institution,
            String period,
            String group,
            BigDecimal value,
            Optional<Long> n,
            String source,
            Optional<String> comment,
            Optional<String> submittedBy,
            boolean imported,
            long version,
            TransitionJson last) {
        static UpdateJson of(Update u) {
            return new UpdateJson(
                    u.id(),
                    u.status().name(),
                    u.measureId(),
                    u.institution(),
                    u.value().period().toString(),
                    u.value().group().toString(),
                    u.value().value(),
                    u.value().n(),
                    u.value().source(),
                    u.comment(),
                    u.submittedBy(),
                    u.imported(),
                    u.version(),
                    TransitionJson.of(u.last()));
        }
    }

    /** A step in an update's history. */
    record TransitionJson(
            long version, Optional<String> from, String to, String by, String at, Optional<String> reason) {
        static TransitionJson of(Transition t) {
            return new TransitionJson(
                    t.version(),
                    t.from().map(Enum::name),
                    t.to().name(),
                    t.personId(),
                    t.time().toString(),
                    t.reason());
        }
    }

    /** A period lock or unlock. */
    record LockJson(
            Optional<String> measure,
            String period,
            boolean locked,
            String by,
            String at,
            Optional<String> reason,
            long version) {
        static LockJson of(PeriodLock l) {
            return new LockJson(
                    l.measureId(),
                    l.period().toString(),
                    l.locked(),
                    l.personId(),
                    l.time().toString(),
                    l.reason(),
                    l.version());
        }
    }
}
