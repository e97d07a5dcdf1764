package org.concordat.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import org.concordat.calendar.AcademicHalfTerm;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.Period;
import org.concordat.internal.base.DayFormat;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.PupilGroup;

/**
 * The words a report uses for the codes in a plan: activity types, statuses, roles, kinds of
 * institution and funding, pupil groups ("Disadvantaged pupils", not {@code DISADVANTAGED=Y}),
 * evidence designs with their Maryland level in words, terms — and the way it writes dates ("2
 * October 2025", "5 Jan – 13 Feb 2026", "Autumn term 2025/26"). Every report builder takes one, so
 * this is the one place an adopter changes them, e.g. for Welsh.
 *
 * <p>{@link #english()} is the default, read from {@code labels.properties} beside this class. An
 * adopter overrides any subset of its keys with {@link #with(Map)} or {@link #with(ResourceBundle,
 * Locale)}; a key they leave out keeps its English label. Keys are {@code SimpleEnumName.CONSTANT}
 * (e.g. {@code ActivityType.CPD_COURSE}), {@code PupilGroup.CHARACTERISTIC.VALUE} (e.g. {@code
 * PupilGroup.DISADVANTAGED.Y}), {@code PupilGroup.all}, and {@code evidence.design} with {@code
 * maryland.1} to {@code maryland.5}. A code without a label (an enum constant added later) is shown
 * in words made from its name ({@code HOLIDAY_ACTIVITY} as "Holiday activity"), never as the
 * constant itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {
    private static final Labels ENGLISH = new Labels(english(readDefaults()), Locale.UK);

    private final Map<String, String> labels;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter shortDayAndYear;

    private Labels(Map<String, String> labels, Locale locale) {
        this.labels = Collections.unmodifiableMap(labels);
        this.locale = locale;
        this.day = DayFormat.full(locale);
        this.shortDay = DateTimeFormatter.ofPattern("d MMM", locale);
        this.shortDayAndYear = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
    }

    /** The English labels, with dates written the British way; what every builder uses by default. */
    public static Labels english() {
        return ENGLISH;
    }

    /**
     * These labels with {@code overrides} in place of the labels of the same keys; other keys keep
     * theirs. Dates keep this instance's locale.
     *
     * @throws IllegalArgumentException when a key or label is blank
     */
    public Labels with(Map<String, String> overrides) {
        return with(overrides, locale);
    }

    /**
     * These labels with every key of {@code bundle} in place of the label of the same key, and dates
     * written in {@code locale} (e.g. {@code Locale.forLanguageTag("cy-GB")} for Welsh month names).
     *
     * @throws IllegalArgumentException when a key or label is blank
     */
    public Labels with(ResourceBundle bundle, Locale locale) {
        Map<String, String> overrides = new HashMap<>();
        for (String key :
                Collections.list(Objects.requireNonNull(bundle, "bundle").getKeys())) {
            overrides.put(key, bundle.getString(key));
        }
        return with(overrides, locale);
    }

    private Labels with(Map<String, String> overrides, Locale dates) {
        Map<String, String> merged = new HashMap<>(labels);
        Objects.requireNonNull(overrides, "overrides").forEach((key, label) -> {
            if (key == null || key.isBlank() || label == null || label.isBlank()) {
                throw new IllegalArgumentException(
                        "label \"" + key + "\" = \"" + label + "\": neither key nor label may be blank");
            }
            merged.put(key, label);
        });
        return new Labels(merged, Objects.requireNonNull(dates, "locale"));
    }

    /** The locale dates are written in. */
    public Locale locale() {
        return locale;
    }

    /** The label of a code, e.g. "CPD course" for {@code ActivityType.CPD_COURSE}. */
    public String of(Enum<?> code) {
        Objects.requireNonNull(code, "code");
        String label = labels.get(code.getDeclaringClass().getSimpleName() + "." + code.name());
        return label != null ? label : words(code.name());
    }

    /** Whether {@code code} has a written label (rather than words made from its name). */
    boolean defines(Enum<?> code) {
        return labels.containsKey(code.getDeclaringClass().getSimpleName() + "." + code.name());
    }

    /** The label of a pupil group, e.g. "Disadvantaged pupils" for {@code DISADVANTAGED=Y}. */
    public String of(PupilGroup group) {
        Objects.requireNonNull(group, "group");
        if (group.isAll()) {
            return labels.getOrDefault("PupilGroup.all", "All pupils");
        }
        String characteristic = group.characteristic().orElseThrow().name();
        String label = labels.get("PupilGroup." + characteristic + "." + group.value());
        return label != null ? label : "Pupils with " + words(characteristic).toLowerCase(locale) + " " + group.value();
    }

    /**
     * An evidence design with its level on the Maryland Scientific Methods Scale in words, e.g.
     * "Before and after, no comparison group (Maryland scale level two of five)".
     */
    public String evidence(EvidenceDesign design) {
        String level =
                labels.getOrDefault("maryland." + design.marylandLevel(), Integer.toString(design.marylandLevel()));
        return new MessageFormat(labels.get("evidence.design"), locale).format(new Object[] {of(design), level});
    }

    /** A date in full, e.g. "2 October 2025". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /**
     * A period of days, short: "2 Oct 2025" for one day, "6–10 Jul 2026" within a month, "5 Jan –
     * 13 Feb 2026" within a year, "15 Dec 2025 – 9 Jan 2026" across years.
     */
    public String dates(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.equals(end)) {
            return shortDayAndYear.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return shortDayAndYear.format(start) + " – " + shortDayAndYear.format(end);
        }
        if (start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + shortDayAndYear.format(end);
        }
        return shortDay.format(start) + " – " + shortDayAndYear.format(end);
    }

    /** A period of days in full, e.g. "1 September 2025 to 31 August 2027". */
    public String longDates(Period period) {
        return period.start().equals(period.end())
                ? day(period.start())
                : day(period.start()) + " to " + day(period.end());
    }

    /** A term, e.g. "Autumn term 2025/26". */
    public String term(AcademicTerm term) {
        return of(term.term()) + " " + term.year();
    }

    /** A half-term, e.g. "Spring first half-term 2025/26". */
    public String halfTerm(AcademicHalfTerm halfTerm) {
        return of(halfTerm.halfTerm()) + " " + halfTerm.year();
    }

    /** A code's name in words: {@code CPD_COURSE} as "CPD course", {@code STEM_AMBASSADOR} as "STEM ambassador". */
    static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        String first = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return first.replace("Cpd", "CPD")
                .replace("cpd", "CPD")
                .replace("Stem", "STEM")
                .replace("stem ", "STEM ");
    }

    private static Map<String, String> english(Properties properties) {
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    private static Properties readDefaults() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties: missing beside " + Labels.class.getName()
                        + "; the concordat-core jar is incomplete");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("labels.properties: cannot read", e);
        }
        return properties;
    }
}
