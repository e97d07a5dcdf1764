package org.concordat.ctf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.calendar.AcademicYear;
import org.concordat.school.InvalidIdentifierException;
import org.concordat.school.LaEstab;
import org.concordat.school.Urn;

/**
 * What the reader takes from a CTF's {@code Header}: the CTF version (17 or later), the source
 * school as an institution id ({@code urn-NNNNNN}, or {@code laestab-NNNNNNN} when the header has
 * no URN), the census date and its academic year, and whether the file is a partial one (which
 * carries no FSM or SEN history, so their absence means "not known" rather than "none").
 *
 * @param version the major CTF version, e.g. 25
 * @param institutionId the source school's institution id
 * @param censusDate the date characteristics are taken on
 * @param partial whether {@code DocumentQualifier} is {@code partial}
 */
record CtfHeader(int version, String institutionId, LocalDate censusDate, boolean partial) {
    /** The oldest CTF read: version 17 added SEN start and end dates. */
    static final int MIN_VERSION = 17;

    static final Set<String> KEEP = Set.of(
            "CTFversion",
            "CTFVersion",
            "DateTime",
            "DocumentQualifier",
            "SourceSchool/LEA",
            "SourceSchool/Estab",
            "SourceSchool/URN");

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})(?:\\.\\d{1,4})?");

    AcademicYear academicYear() {
        return AcademicYear.containing(censusDate);
    }

    /**
     * Reads the kept header.
     *
     * @throws CtfFormatException naming the element and the rule
     */
    static CtfHeader of(Element header, Optional<LocalDate> census) {
        long line = header.line();
        String versionText = header.text("CTFversion")
                .or(() -> header.text("CTFVersion"))
                .orElseThrow(() ->
                        new CtfFormatException(line, 0, "Header: no CTFversion: is this a Common Transfer File?"));
        Matcher m = VERSION.matcher(versionText);
        if (!m.matches()) {
            throw new CtfFormatException(
                    line, 0, "CTFversion \"" + abbreviate(versionText) + "\": not a version such as 25.0");
        }
        int version = Integer.parseInt(m.group(1));
        if (version < MIN_VERSION) {
            throw new CtfFormatException(
                    line,
                    0,
                    "CTFversion \"" + versionText + "\": CTF " + MIN_VERSION
                            + " or later is read (ask the MIS for a current CTF export)");
        }
        Element school = header.child("SourceSchool")
                .orElseThrow(() ->
                        new CtfFormatException(line, 0, "Header: no SourceSchool: the sending school is not named"));
        String institution = institution(school);
        LocalDate censusDate = census.orElseGet(() -> exportDate(header));
        if (censusDate.getYear() < 1900 || censusDate.getYear() > 2199) {
            throw new CtfFormatException(line, 0, "DateTime: " + censusDate + " is not between 1900 and 2199");
        }
        boolean partial = header.text("DocumentQualifier")
                .map(q -> q.toLowerCase(Locale.ROOT).equals("partial"))
                .orElse(false);
        return new CtfHeader(version, institution, censusDate, partial);
    }

    private static String institution(Element school) {
        Optional<String> urn = school.text("URN");
        if (urn.isPresent()) {
            try {
                return "urn-" + Urn.parse(urn.get());
            } catch (InvalidIdentifierException e) {
                throw new CtfFormatException(
                        school.line(), 0, "SourceSchool URN \"" + abbreviate(urn.get()) + "\": " + e.rule());
            }
        }
        Optional<String> la = school.text("LEA");
        Optional<String> estab = school.text("Estab");
        if (la.isEmpty() || estab.isEmpty()) {
            throw new CtfFormatException(
                    school.line(),
                    0,
                    "SourceSchool: neither a URN nor both LEA and Estab: the sending school cannot be identified");
        }
        if (!la.get().matches("\\d{3}") || !estab.get().matches("\\d{4}")) {
            throw new CtfFormatException(
                    school.line(),
                    0,
                    "SourceSchool LEA \"" + abbreviate(la.get()) + "\", Estab \"" + abbreviate(estab.get())
                            + "\": expected 3 and 4 digits");
        }
        return "laestab-" + LaEstab.of(Integer.parseInt(la.get()), Integer.parseInt(estab.get()));
    }

    private static LocalDate exportDate(Element header) {
        String text = header.text("DateTime")
                .orElseThrow(() -> new CtfFormatException(
                        header.line(), 0, "Header: no DateTime, so no census date: give one (--census-date)"));
        try {
            return text.length() <= 10
                    ? LocalDate.parse(text)
                    : LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new CtfFormatException(
                    header.line(),
                    0,
                    "DateTime \"" + abbreviate(text)
                            + "\": not yyyy-MM-ddTHH:mm:ss; give a census date (--census-date)");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
