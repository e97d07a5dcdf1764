package org.concordat.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A key stage of the English national curriculum, grouping {@linkplain YearGroup year groups}:
 * EYFS (Nursery and Reception), KS1 (Years 1–2), KS2 (Years 3–6), KS3 (Years 7–9), KS4 (Years
 * 10–11) and KS5 (Years 12–13). KS1 to KS4 are statutory (Education Act 2002 s.82); the early
 * years foundation stage covers age 3 to the end of Reception; "key stage 5" for 16–18 is an
 * informal name that DfE performance tables also use.
 */
public enum KeyStage {
    /** Early years foundation stage: Nursery and Reception. */
    EYFS("Early years foundation stage"),
    /** Key stage 1: Years 1 and 2. */
    KS1("Key stage 1"),
    /** Key stage 2: Years 3 to 6. */
    KS2("Key stage 2"),
    /** Key stage 3: Years 7 to 9. */
    KS3("Key stage 3"),
    /** Key stage 4: Years 10 and 11. */
    KS4("Key stage 4"),
    /** Key stage 5 (16 to 18): Years 12 and 13. */
    KS5("Key stage 5");

    private final String displayName;

    KeyStage(String displayName) {
        this.displayName = displayName;
    }

    /** The year groups of this key stage, youngest first. */
    public List<YearGroup> yearGroups() {
        List<YearGroup> groups = new ArrayList<>();
        for (YearGroup group : YearGroup.values()) {
            if (group.keyStage() == this) {
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    /** The key stage that {@code yearGroup} belongs to. */
    public static KeyStage of(YearGroup yearGroup) {
        return yearGroup.keyStage();
    }

    /** The name as written in prose, e.g. "Key stage 2" or "Early years foundation stage". */
    public String displayName() {
        return displayName;
    }

    /**
     * Reads a key stage in any case: {@code KS2}, {@code key stage 2}, {@code EYFS}, {@code early
     * years foundation stage}.
     *
     * @throws InvalidCalendarValueException for any other text
     */
    public static KeyStage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString().strip();
        String compact = value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (KeyStage stage : values()) {
            if (stage.name().equals(compact)
                    || stage.displayName.toUpperCase(Locale.ROOT).equals(compact)) {
                return stage;
            }
        }
        throw InvalidCalendarValueException.of("key stage", value, "expected EYFS or KS1 to KS5");
    }
}
