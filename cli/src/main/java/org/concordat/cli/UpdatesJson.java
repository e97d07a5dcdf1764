package org.concordat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;

/** The documented JSON shapes of {@code concordat updates} output (docs/cli.md). */
final class UpdatesJson {
    private UpdatesJson() {}

    /** An update, a lock, a transition, or a list of them, as JSON-ready maps. */
    static Object of(Object result) {
        if (result instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(of(x)));
            return out;
        }
        if (result instanceof Update u) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("status", u.status().name());
            m.put("measure", u.measureId());
            m.put("institution", u.institution().orElse(null));
            m.put("period", u.value().period().toString());
            m.put("group", u.value().group().toString());
            m.put("value", u.value().value());
            m.put("n", u.value().n().orElse(null));
            m.put("source", u.value().source());
            m.put("comment", u.comment().orElse(null));
            m.put("submittedBy", u.submittedBy().orElse(null));
            m.put("imported", u.imported());
            m.put("version", u.version());
            m.put("last", of(u.last()));
            return m;
        }
        if (result instanceof Transition t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", t.version());
            m.put("from", t.from().map(Enum::name).orElse(null));
            m.put("to", t.to().name());
            m.put("by", t.personId());
            m.put("at", t.time().toString());
            m.put("reason", t.reason().orElse(null));
            return m;
        }
        PeriodLock l = (PeriodLock) result;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", l.measureId().orElse(null));
        m.put("period", l.period().toString());
        m.put("locked", l.locked());
        m.put("by", l.personId());
        m.put("at", l.time().toString());
        m.put("reason", l.reason().orElse(null));
        m.put("version", l.version());
        return m;
    }
}
