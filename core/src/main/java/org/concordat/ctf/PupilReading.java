package org.concordat.ctf;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.concordat.school.Upn;

/**
 * Turns one kept {@code Pupil} element into a pseudonymised record, or into its problems. The
 * UPN becomes a pseudonym and the date of birth at most a year group; neither is kept, quoted or
 * returned.
 */
final class PupilReading {
    /** The pupil elements read (local names, paths below {@code Pupil}); all else is dropped unread. */
    static final Set<String> KEEP = Set.of(
            "UPN",
            "DOB",
            "Sex",
            "Gender",
            "NCyearActual",
            "Ethnicity",
            "Languages",
            "BasicDetails/NCyearActual",
            "BasicDetails/Ethnicity",
            "BasicDetails/Languages",
            "LookedAfter",
            "FSMhistory",
            "SENhistory",
            "StageAssessments");

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final CtfHeader header;
    private final CtfOptions options;
    private final Element pupil;
    private final List<CtfProblem> problems = new ArrayList<>();

    private PupilReading(CtfHeader header, CtfOptions options, Element pupil) {
        this.header = header;
        this.options = options;
        this.pupil = pupil;
    }

    static CtfPupil read(CtfHeader header, CtfOptions options, Element pupil) {
        return new PupilReading(header, options, pupil).read();
    }

    private CtfPupil read() {
        Optional<String> pseudonym = pseudonym();
        AcademicYear year = header.academicYear();
        Optional<YearGroup> yearGroup = yearGroup(year);
        PupilRecord.Builder b =
                PupilRecord.builder().institutionId(header.institutionId()).academicYear(year);
        sex().ifPresent(s -> b.characteristic(Characteristic.SEX, s));
        ethnicity().ifPresent(e -> b.characteristic(Characteristic.ETHNICITY_GROUP, e));
        eal().ifPresent(e -> b.characteristic(Characteristic.EAL, e));
        fsm(b);
        sen().ifPresent(s -> b.characteristic(Characteristic.SEN_PROVISION, s));
        new Assessments(pupil, problems).outcomes(options.outcomes()).forEach(o -> b.outcome(o.getKey(), o.getValue()));
        if (!problems.isEmpty() || pseudonym.isEmpty() || yearGroup.isEmpty()) {
            return new CtfPupil.Refused(pupil.line(), problems);
        }
        return new CtfPupil.Read(
                pupil.line(),
                b.pupilId(pseudonym.get()).yearGroup(yearGroup.get()).build());
    }

    private void problem(String element, String rule) {
        problems.add(new CtfProblem(element, rule));
    }

    /** The pseudonym of a valid UPN; a problem that never quotes the UPN otherwise. */
    private Optional<String> pseudonym() {
        Optional<String> text = pupil.text("UPN");
        if (text.isEmpty()) {
            problem("UPN", "missing: every pupil has a UPN");
            return Optional.empty();
        }
        String upn = text.get().toUpperCase(Locale.ROOT);
        if (Upn.isValid(upn)) {
            return Optional.of(options.key().pseudonym(Upn.parse(upn)));
        }
        problem("UPN", "not a valid UPN: " + upnFault(upn));
        return Optional.empty();
    }

    /** Which check a UPN fails, in words that quote none of its characters. */
    private static String upnFault(String s) {
        if (s.length() != 13) {
            return "not 13 characters";
        }
        for (int i = 1; i < 12; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return "characters 2 to 12 must be digits";
            }
        }
        char last = s.charAt(12);
        if (!(last >= '0' && last <= '9') && UPN_LETTERS.indexOf(last) < 0) {
            return "character 13 must be a digit or a letter other than I, O and S";
        }
        if (Upn.computeCheckLetter(s.substring(1)) != s.charAt(0)) {
            return "wrong check letter";
        }
        return "the allocating LA code is not a known local authority code";
    }

    /** From {@code NCyearActual}, else from the date of birth and the academic year. */
    private Optional<YearGroup> yearGroup(AcademicYear year) {
        Optional<String> nc = text("NCyearActual");
        if (nc.isPresent()) {
            String code = nc.get().toUpperCase(Locale.ROOT);
            switch (code) {
                case "N1", "N2", "N" -> {
                    return Optional.of(YearGroup.NURSERY);
                }
                case "R" -> {
                    return Optional.of(YearGroup.RECEPTION);
                }
                default -> {
                    if (code.matches("\\d{1,2}")) {
                        int n = Integer.parseInt(code);
                        if (n >= 1 && n <= 13) {
                            return Optional.of(YearGroup.values()[n + 1]);
                        }
                    }
                    problem("NCyearActual", quote(code) + "not a year group read (N1, N2, R, 1 to 13)");
                    return Optional.empty();
                }
            }
        }
        Optional<String> dob = pupil.text("DOB");
        if (dob.isEmpty()) {
            problem("NCyearActual", "missing, and no DOB to derive the year group from");
            return Optional.empty();
        }
        Optional<LocalDate> date = date(dob.get());
        if (date.isEmpty()) {
            problem("DOB", "not a date written yyyy-MM-dd");
            return Optional.empty();
        }
        Optional<YearGroup> group = YearGroup.of(date.get(), year);
        if (group.isEmpty()) {
            problem("DOB", "gives no year group from Nursery to Year 13 in " + year + " (and NCyearActual is missing)");
        }
        return group;
    }

    private Optional<String> text(String name) {
        return pupil.text(name).or(() -> pupil.child("BasicDetails").flatMap(d -> d.text(name)));
    }

    private Optional<String> sex() {
        Optional<String> text = pupil.text("Sex").or(() -> pupil.text("Gender"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String code = text.get().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "M", "F" -> Optional.of(code);
            case "U", "9" -> Optional.empty();
            default -> {
                problem(pupil.child("Sex").isPresent() ? "Sex" : "Gender", quote(code) + "must be M, F or U");
                yield Optional.empty();
            }
        };
    }

    /**
     * The major group of a CBDS ethnicity code: the main codes' initial letter gives the group
     * (W, M, A, B), and the extended codes share their main code's initial; {@code CHNE} is Chinese,
     * {@code O...} any other group, {@code REFU} and {@code NOBT} unclassified.
     */
    private Optional<String> ethnicity() {
        Optional<String> text = text("Ethnicity");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String code = text.get().toUpperCase(Locale.ROOT);
        if (code.equals("REFU") || code.equals("NOBT")) {
            return Optional.of("UNCL");
        }
        if (code.equals("CHNE")) {
            return Optional.of("CHIN");
        }
        if (code.matches("[WMABO][A-Z]{3}")) {
            return Optional.of(
                    switch (code.charAt(0)) {
                        case 'W' -> "WHIT";
                        case 'M' -> "MIXD";
                        case 'A' -> "ASIA";
                        case 'B' -> "BLAC";
                        default -> "AOEG";
                    });
        }
        // Ethnicity is special-category data: the code is not quoted.
        problem("Ethnicity", "not a CBDS ethnicity code (four letters, such as WBRI)");
        return Optional.empty();
    }

    /**
     * First language other than English, from the {@code Languages} entry whose {@code
     * LanguageType} is {@code F} (first language) [U: structure inferred, see docs/imports.md]:
     * {@code ENG} and {@code ENB} are English; {@code REF}, {@code NOT} and a missing entry are not
     * known.
     */
    private Optional<String> eal() {
        Optional<Element> languages =
                pupil.child("Languages").or(() -> pupil.child("BasicDetails").flatMap(d -> d.child("Languages")));
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        for (Element type : languages.get().children("Type")) {
            boolean first =
                    type.text("LanguageType").map(t -> t.equalsIgnoreCase("F")).orElse(false);
            Optional<String> language = type.text("Language");
            if (first && language.isPresent()) {
                String code = language.get().toUpperCase(Locale.ROOT);
                return switch (code) {
                    case "ENG", "ENB" -> Optional.of("N");
                    case "REF", "NOT" -> Optional.empty();
                    default -> Optional.of("Y");
                };
            }
        }
        return Optional.empty();
    }

    /** FSM eligibility on the census date, and disadvantage: FSM in the six years to it, or looked after. */
    private void fsm(PupilRecord.Builder b) {
        LocalDate census = header.censusDate();
        LocalDate sixYearsBefore = census.minusYears(6);
        Optional<Element> history = pupil.child("FSMhistory");
        boolean known = history.isPresent() || !header.partial();
        boolean eligible = false;
        boolean ever6 = false;
        for (Element instance : history.map(h -> h.children("FSMinstance")).orElse(List.of())) {
            Optional<LocalDate> start = dated(instance, "FSMstartDate", true);
            Optional<LocalDate> end = dated(instance, "FSMendDate", false);
            if (start.isEmpty()) {
                continue;
            }
            boolean startedBy = !start.get().isAfter(census);
            if (startedBy && (end.isEmpty() || !end.get().isBefore(census))) {
                eligible = true;
            }
            if (startedBy && (end.isEmpty() || !end.get().isBefore(sixYearsBefore))) {
                ever6 = true;
            }
        }
        boolean lookedAfter = pupil.child("LookedAfter")
                .flatMap(l -> l.text("InCare"))
                .map(t -> t.equalsIgnoreCase("true") || t.equals("1"))
                .orElse(false);
        if (known) {
            b.characteristic(Characteristic.FSM_ELIGIBLE, eligible ? "Y" : "N");
            b.characteristic(Characteristic.DISADVANTAGED, ever6 || lookedAfter ? "Y" : "N");
        } else if (lookedAfter) {
            b.characteristic(Characteristic.DISADVANTAGED, "Y");
        }
    }

    /**
     * The SEN provision of the entry in force on the census date (started on or before it, not
     * ended before it; the latest such start); {@code N} when none is, unless the file is partial.
     */
    private Optional<String> sen() {
        LocalDate census = header.censusDate();
        Optional<Element> history = pupil.child("SENhistory");
        Optional<String> found = Optional.empty();
        LocalDate latest = LocalDate.MIN;
        for (Element sen : history.map(h -> h.children("SEN")).orElse(List.of())) {
            Optional<LocalDate> start = dated(sen, "StartDate", false);
            Optional<LocalDate> end = dated(sen, "EndDate", false);
            Optional<String> provision = sen.text("SENprovision");
            if (provision.isEmpty()) {
                problem("SENprovision", "missing from an SEN entry");
                continue;
            }
            LocalDate from = start.orElse(LocalDate.MIN);
            if (from.isAfter(census) || end.map(e -> e.isBefore(census)).orElse(false)) {
                continue;
            }
            if (found.isEmpty() || !from.isBefore(latest)) {
                String code = provision.get().toUpperCase(Locale.ROOT);
                if (!code.equals("E") && !code.equals("K") && !code.equals("N")) {
                    problem("SENprovision", quote(code) + "on the census date it must be E, K or N");
                    continue;
                }
                found = Optional.of(code);
                latest = from;
            }
        }
        if (found.isEmpty() && (history.isPresent() || !header.partial())) {
            return Optional.of("N");
        }
        return found;
    }

    /** A dated child; a date that cannot be read is a problem that does not quote it. */
    private Optional<LocalDate> dated(Element parent, String name, boolean required) {
        Optional<String> text = parent.text(name);
        if (text.isEmpty()) {
            if (required) {
                problem(name, "missing");
            }
            return Optional.empty();
        }
        Optional<LocalDate> d = date(text.get());
        if (d.isEmpty()) {
            problem(name, "not a date written yyyy-MM-dd");
        }
        return d;
    }

    static Optional<LocalDate> date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(text);
            return d.getYear() < 1900 || d.getYear() > 2199 ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Quotes a short code (letters and digits only, up to 4); anything else is not repeated. */
    static String quote(String code) {
        return code.matches("[A-Z0-9]{1,4}") ? "\"" + code + "\": " : "";
    }

    /** Results of {@code StageAssessments}, chosen by the outcome rules. */
    private record Assessments(Element pupil, List<CtfProblem> problems) {
        List<java.util.Map.Entry<String, BigDecimal>> outcomes(List<OutcomeRule> rules) {
            List<java.util.Map.Entry<String, BigDecimal>> found = new ArrayList<>();
            if (rules.isEmpty()) {
                return found;
            }
            for (OutcomeRule rule : rules) {
                Latest latest = null;
                int order = 0;
                for (Element stages : pupil.children("StageAssessments")) {
                    for (Element keyStage : stages.children("KeyStage")) {
                        String stage = keyStage.text("Stage").orElse("");
                        for (Element a : keyStage.children("StageAssessment")) {
                            order++;
                            if (!rule.matches(
                                    stage,
                                    a.text("Subject").orElse(""),
                                    a.text("Component").orElse(""),
                                    a.text("ResultQualifier").orElse(""))) {
                                continue;
                            }
                            Latest candidate = latest(a, order);
                            if (candidate != null && (latest == null || candidate.compareTo(latest) >= 0)) {
                                latest = candidate;
                            }
                        }
                    }
                }
                if (latest != null && latest.value.isPresent()) {
                    found.add(java.util.Map.entry(rule.measureId(), latest.value.get()));
                }
            }
            return found;
        }

        private Latest latest(Element a, int order) {
            String yearText = a.text("Year").orElse("");
            if (!yearText.matches("\\d{4}")) {
                problems.add(new CtfProblem("Year", quote(yearText) + "an assessment year is four digits"));
                return null;
            }
            LocalDate date = LocalDate.MIN;
            Optional<String> dateText = a.text("ResultDate");
            if (dateText.isPresent()) {
                Optional<LocalDate> d = date(dateText.get());
                if (d.isEmpty()) {
                    problems.add(new CtfProblem("ResultDate", "not a date written yyyy-MM-dd"));
                    return null;
                }
                date = d.get();
            }
            Optional<BigDecimal> value = Optional.empty();
            String result = a.text("Result").orElse("");
            if (result.matches("[+-]?\\d{1,12}(\\.\\d{1,6})?")) {
                value = Optional.of(new BigDecimal(result));
            } else if (result.isEmpty()) {
                problems.add(new CtfProblem("Result", "missing from a matching StageAssessment"));
                return null;
            }
            // Any other result is a status code (A absent, B working below …): no score.
            return new Latest(Integer.parseInt(yearText), date, order, value);
        }
    }

    private record Latest(int year, LocalDate date, int order, Optional<BigDecimal> value)
            implements Comparable<Latest> {
        @Override
        public int compareTo(Latest o) {
            int c = Integer.compare(year, o.year);
            if (c == 0) {
                c = date.compareTo(o.date);
            }
            return c != 0 ? c : Integer.compare(order, o.order);
        }
    }
}
