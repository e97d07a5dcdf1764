package org.concordat.gias;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.school.AgeRange;
import org.concordat.school.InvalidIdentifierException;
import org.concordat.school.LaEstab;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Urn;

/**
 * The columns of one extract, bound by header name, and the reading of a row through them. Every
 * value is checked; each bad one becomes a {@link GiasProblem} of its row.
 */
final class GiasColumns {
    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String LA_CODE = "LA (code)";
    static final String LA_NAME = "LA (name)";
    static final String ESTAB_NO = "EstablishmentNumber";
    static final String TYPE_CODE = "TypeOfEstablishment (code)";
    static final String TYPE_NAME = "TypeOfEstablishment (name)";
    static final String GROUP_CODE = "EstablishmentTypeGroup (code)";
    static final String GROUP_NAME = "EstablishmentTypeGroup (name)";
    static final String STATUS_CODE = "EstablishmentStatus (code)";
    static final String STATUS_NAME = "EstablishmentStatus (name)";
    static final String OPEN_REASON = "ReasonEstablishmentOpened (name)";
    static final String OPEN_DATE = "OpenDate";
    static final String CLOSE_REASON = "ReasonEstablishmentClosed (name)";
    static final String CLOSE_DATE = "CloseDate";
    static final String PHASE_CODE = "PhaseOfEducation (code)";
    static final String LOW_AGE = "StatutoryLowAge";
    static final String HIGH_AGE = "StatutoryHighAge";
    static final String UKPRN = "UKPRN";
    static final String POSTCODE = "Postcode";
    static final String REGION = "GOR (name)";

    /** What GIAS writes for "no value" (giasr's list). */
    private static final Set<String> NOT_APPLICABLE =
            Set.of("", "na", "null", "-", "not applicable", "does not apply", "none", "..");

    /** GIAS writes dates as dd-mm-yyyy, and nothing else. */
    private static final Pattern DATE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");

    private static final Pattern CODE = Pattern.compile("\\d{1,4}");

    private final List<String> header;
    private final Map<String, Integer> index;

    private GiasColumns(List<String> header, Map<String, Integer> index) {
        this.header = List.copyOf(header);
        this.index = index;
    }

    /**
     * Binds the header line's names (trimmed; case as GIAS writes them, compared ignoring case).
     *
     * @throws GiasFormatException when {@code URN} or {@code EstablishmentName} is missing or a
     *     name appears twice
     */
    static GiasColumns bind(CsvRecord headerRecord) {
        List<String> names = new ArrayList<>(headerRecord.getFields().size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headerRecord.getFieldCount(); i++) {
            String name = headerRecord.getField(i).strip();
            names.add(name);
            if (index.putIfAbsent(name.toLowerCase(Locale.ROOT), i) != null) {
                throw new GiasFormatException(
                        headerRecord.getStartingLineNumber(),
                        "column \"" + abbreviate(name) + "\" appears twice in the header");
            }
        }
        for (String required : List.of(URN, NAME)) {
            if (!index.containsKey(required.toLowerCase(Locale.ROOT))) {
                throw new GiasFormatException(
                        headerRecord.getStartingLineNumber(),
                        "no column \"" + required + "\" in the header: is this a GIAS \"all establishment"
                                + " data\" extract? (the header starts \""
                                + abbreviate(String.join(",", names)) + "\")");
            }
        }
        return new GiasColumns(names, index);
    }

    List<String> header() {
        return header;
    }

    /** Reads one data row: an establishment, or every problem found in it. */
    GiasRow read(CsvRecord record) {
        long line = record.getStartingLineNumber();
        Row r = new Row(record);
        String urnText = r.raw(URN);
        Optional<Urn> urn = r.parse(URN, Urn::parse);
        String name = r.raw(NAME);
        if (name.isBlank()) {
            r.problem(NAME, name, "an establishment has a name");
        }
        OptionalInt laCode = r.code(LA_CODE);
        String estabText = r.raw(ESTAB_NO);
        Optional<LaEstab> laEstab = Optional.empty();
        if (laCode.isPresent() && !estabText.isEmpty()) {
            if (!CODE.matcher(estabText).matches()) {
                r.problem(ESTAB_NO, estabText, "an establishment number is up to four digits");
            } else {
                try {
                    laEstab = Optional.of(LaEstab.of(laCode.getAsInt(), Integer.parseInt(estabText)));
                } catch (InvalidIdentifierException e) {
                    r.problem(ESTAB_NO, r.raw(LA_CODE) + "/" + estabText, e.rule());
                }
            }
        }
        Optional<Ukprn> ukprn = r.parse(UKPRN, Ukprn::parse);
        Optional<EstablishmentStatus> status = r.status();
        Optional<LocalDate> openDate = r.date(OPEN_DATE);
        Optional<LocalDate> closeDate = r.date(CLOSE_DATE);
        OptionalInt phaseCode = r.code(PHASE_CODE);
        Optional<Phase> phase = Optional.empty();
        if (phaseCode.isPresent()) {
            phase = phase(phaseCode.getAsInt());
            if (phase == null) {
                r.problem(PHASE_CODE, r.raw(PHASE_CODE), "a phase code is 0 to 7");
                phase = Optional.empty();
            }
        }
        Optional<AgeRange> ages = r.ages();
        Optional<Postcode> postcode = r.parse(POSTCODE, Postcode::parse);
        if (!r.problems.isEmpty() || urn.isEmpty() || status.isEmpty()) {
            return new GiasRow.Refused(line, urnText, r.problems);
        }
        Establishment e = Establishment.builder()
                .urn(urn.get())
                .name(name.strip())
                .laCode(laCode)
                .localAuthority(r.text(LA_NAME))
                .laEstab(laEstab)
                .ukprn(ukprn)
                .typeCode(r.code(TYPE_CODE))
                .type(r.text(TYPE_NAME))
                .typeGroupCode(r.code(GROUP_CODE))
                .typeGroup(r.text(GROUP_NAME))
                .status(status.get())
                .openDate(openDate)
                .openReason(r.text(OPEN_REASON))
                .closeDate(closeDate)
                .closeReason(r.text(CLOSE_REASON))
                .phaseCode(phaseCode)
                .phase(phase)
                .ageRange(ages)
                .region(r.text(REGION))
                .postcode(postcode)
                .build();
        return r.problems.isEmpty() ? new GiasRow.Read(line, e) : new GiasRow.Refused(line, urnText, r.problems);
    }

    /** GIAS phase codes; null for a code GIAS does not use. */
    private static Optional<Phase> phase(int code) {
        return switch (code) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(Phase.NURSERY);
            case 2 -> Optional.of(Phase.PRIMARY);
            case 3, 5 -> Optional.of(Phase.MIDDLE);
            case 4 -> Optional.of(Phase.SECONDARY);
            case 6 -> Optional.of(Phase.SIXTEEN_PLUS);
            case 7 -> Optional.of(Phase.ALL_THROUGH);
            default -> null;
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** One row's fields by column name, and the problems found reading them. */
    private final class Row {
        private final CsvRecord record;
        private final List<GiasProblem> problems = new ArrayList<>();

        Row(CsvRecord record) {
            this.record = record;
        }

        /** The field as written (trimmed), empty when the column or the field is missing. */
        String raw(String column) {
            Integer i = index.get(column.toLowerCase(Locale.ROOT));
            if (i == null || i >= record.getFieldCount()) {
                return "";
            }
            return record.getField(i).strip();
        }

        void problem(String column, String value, String rule) {
            problems.add(new GiasProblem(column, abbreviate(value), rule));
        }

        boolean absent(String text) {
            return NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT));
        }

        Optional<String> text(String column) {
            String t = raw(column);
            return absent(t) ? Optional.empty() : Optional.of(t);
        }

        <T> Optional<T> parse(String column, java.util.function.Function<String, T> parser) {
            String t = raw(column);
            if (t.isEmpty()) {
                if (column.equals(URN)) {
                    problem(column, t, "every row has a URN");
                }
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(t));
            } catch (InvalidIdentifierException e) {
                problem(column, t, e.rule());
                return Optional.empty();
            }
        }

        /** A numeric code, {@code "07"} and {@code "7"} alike. */
        OptionalInt code(String column) {
            String t = raw(column);
            if (t.isEmpty()) {
                return OptionalInt.empty();
            }
            if (!CODE.matcher(t).matches()) {
                problem(column, t, "a GIAS code is a number of up to four digits");
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(t));
        }

        Optional<EstablishmentStatus> status() {
            OptionalInt code = code(STATUS_CODE);
            if (code.isPresent()) {
                Optional<EstablishmentStatus> s = EstablishmentStatus.ofCode(code.getAsInt());
                if (s.isEmpty()) {
                    problem(STATUS_CODE, raw(STATUS_CODE), "a status code is 1 to 4");
                }
                return s;
            }
            String name = raw(STATUS_NAME);
            Optional<EstablishmentStatus> s = EstablishmentStatus.ofName(name);
            if (s.isEmpty() && problems.stream().noneMatch(p -> p.column().equals(STATUS_CODE))) {
                problem(
                        index.containsKey(STATUS_CODE.toLowerCase(Locale.ROOT)) ? STATUS_CODE : STATUS_NAME,
                        name,
                        "a status is Open, Closed, \"Open, but proposed to close\" or \"Proposed to open\"");
            }
            return s;
        }

        Optional<LocalDate> date(String column) {
            String t = raw(column);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = DATE.matcher(t);
            if (!m.matches()) {
                problem(column, t, "GIAS writes dates as dd-mm-yyyy");
                return Optional.empty();
            }
            try {
                LocalDate d = LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                if (d.getYear() < 1800 || d.getYear() > 2199) {
                    problem(column, t, "a date between 1800 and 2199");
                    return Optional.empty();
                }
                return Optional.of(d);
            } catch (DateTimeException e) {
                problem(column, t, "not a day of the calendar");
                return Optional.empty();
            }
        }

        Optional<AgeRange> ages() {
            OptionalInt low = code(LOW_AGE);
            OptionalInt high = code(HIGH_AGE);
            if (low.isEmpty() || high.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(AgeRange.of(low.getAsInt(), high.getAsInt()));
            } catch (IllegalArgumentException e) {
                problem(LOW_AGE, low.getAsInt() + "-" + high.getAsInt(), String.valueOf(e.getMessage()));
                return Optional.empty();
            }
        }
    }
}
