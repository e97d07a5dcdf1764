package org.concordat.ical.internal;

import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.concordat.ical.CalendarEvent;

/**
 * Writes events as an iCalendar file with ical4j: the model is built and validated by ical4j,
 * which also escapes text values ({@code \\ \; \, \n}); the lines are folded on octets by {@link
 * Folding}.
 */
public final class IcsWriter {
    /** Names the product in {@code PRODID}. */
    public static final String PRODID = "-//Concordat//Concordat action plan export//EN";

    private IcsWriter() {}

    /**
     * The calendar file for {@code events}, named {@code name} ({@code X-WR-CALNAME}), each event
     * with {@code SEQUENCE:sequence} and {@code DTSTAMP:stamp}.
     */
    public static byte[] write(String name, List<CalendarEvent> events, int sequence, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // A one-way publication: no replies expected (RFC 5546), so clients import, not invite.
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", text(name)));
        for (CalendarEvent e : events) {
            VEvent event = new VEvent(false);
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(stamp));
            event.add(new Sequence(sequence));
            // A LocalDate is written as VALUE=DATE, with no time zone.
            event.add(new DtStart<>(e.firstDay()));
            event.add(new DtEnd<>(e.endExclusive()));
            event.add(new Summary(text(e.summary())));
            event.add(new Description(text(e.description())));
            e.location().ifPresent(l -> event.add(new Location(text(l))));
            event.add(new Status(e.status()));
            if (!e.dateFixed()) {
                // The event marks the window the activity falls in, not days it takes up.
                event.add(ImmutableTransp.TRANSPARENT);
            }
            calendar.add(event);
        }
        if (!events.isEmpty()) {
            try {
                calendar.validate();
            } catch (ValidationException e) {
                throw new IllegalStateException("the exported calendar does not validate: " + e.getMessage(), e);
            }
        }
        return Folding.fold(calendar.toString());
    }

    /**
     * The text with every character iCalendar's TEXT cannot hold replaced by U+FFFD: control
     * characters other than tab and line feed (a CR LF or lone CR becomes a line feed), and lone
     * surrogates.
     */
    static String text(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n')) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
