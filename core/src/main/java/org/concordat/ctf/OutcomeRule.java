package org.concordat.ctf;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which assessment result of a Common Transfer File becomes which outcome: {@code
 * MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER}, e.g. {@code ks2_reading=KS2/ENG/RD/SS}. A result
 * matches when its {@code KeyStage}'s {@code Stage} and its {@code StageAssessment}'s {@code
 * Subject}, {@code Component} and {@code ResultQualifier} equal the rule's (ignoring case); the
 * latest matching result (by {@code Year}, then {@code ResultDate}, then file order) is the
 * pupil's outcome for the measure, when it is a number. A latest result that is a code ({@code A}
 * absent, {@code B} working below the standard …) records no outcome: a code is never a score.
 *
 * @param measureId the measure the outcome feeds, written as the column {@code outcome:MEASURE}
 * @param stage the {@code Stage}, e.g. {@code KS2}
 * @param subject the {@code Subject}, e.g. {@code MAT}
 * @param component the {@code Component}, e.g. {@code MTC}
 * @param qualifier the {@code ResultQualifier}, e.g. {@code MT}
 */
public record OutcomeRule(String measureId, String stage, String subject, String component, String qualifier) {
    private static final Pattern MEASURE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern RULE = Pattern.compile("([^=]*)=([^/]*)/([^/]*)/([^/]*)/([^/]*)");

    /**
     * Checks each part: a measure id of letters, digits, {@code _ . -} (up to 64, starting with a
     * letter or digit); codes of 1 to 16 letters or digits, kept upper-case.
     *
     * @throws IllegalArgumentException naming the part and the value
     */
    public OutcomeRule {
        Objects.requireNonNull(measureId, "measureId");
        if (!MEASURE.matcher(measureId).matches()) {
            throw new IllegalArgumentException("outcome rule: measure \"" + measureId
                    + "\": must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        stage = code("STAGE", stage);
        subject = code("SUBJECT", subject);
        component = code("COMPONENT", component);
        qualifier = code("QUALIFIER", qualifier);
    }

    /**
     * Reads {@code MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER}, ignoring spaces around the parts.
     *
     * @throws IllegalArgumentException quoting the text and saying which part is wrong
     */
    public static OutcomeRule parse(CharSequence text) {
        String s = text.toString();
        Matcher m = RULE.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("outcome rule \"" + abbreviate(s)
                    + "\": expected MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER, e.g. ks2_reading=KS2/ENG/RD/SS");
        }
        return new OutcomeRule(
                m.group(1).strip(),
                m.group(2).strip(),
                m.group(3).strip(),
                m.group(4).strip(),
                m.group(5).strip());
    }

    private static String code(String part, String value) {
        Objects.requireNonNull(value, part);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "outcome rule: " + part + " \"" + abbreviate(value) + "\": must be 1 to 16 letters or digits");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** Whether a result with these codes (any case) matches this rule. */
    boolean matches(String stage, String subject, String component, String qualifier) {
        return this.stage.equalsIgnoreCase(stage.strip())
                && this.subject.equalsIgnoreCase(subject.strip())
                && this.component.equalsIgnoreCase(component.strip())
                && this.qualifier.equalsIgnoreCase(qualifier.strip());
    }

    /** {@code MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER}. */
    @Override
    public String toString() {
        return measureId + "=" + stage + "/" + subject + "/" + component + "/" + qualifier;
    }
}
