/** The iCalendar export's implementation; not exported. */
package org.concordat.ical.internal;
