/**
 * Concordat's iCalendar export: a partnership's action plan as an RFC 5545 calendar to import into
 * a school's calendar. Reads plans, so it depends on Concordat's core, plus ical4j.
 */
module org.concordat.ical {
    requires transitive org.concordat;
    requires static org.immutables.value;
    requires ical4j.core;

    exports org.concordat.ical;
}
