package org.concordat.plan;

import java.util.List;
import java.util.Locale;

/**
 * A pupil characteristic from the school census by which objectives target pupils and evaluation
 * compares groups. Values are the census or DfE statistics codes listed for each constant (see
 * shared reference §6); a {@link PupilGroup} pairs a characteristic with one of them.
 */
@SuppressWarnings("ImmutableEnumChecker") // codes is always a List.of(...), which cannot change
public enum Characteristic {
    /** Eligible for free school meals on census day (NPD {@code FSMeligible}): values {@code Y}, {@code N}. */
    FSM_ELIGIBLE(List.of("Y", "N")),
    /** Disadvantaged: ever-6 FSM, looked after or adopted from care: values {@code Y}, {@code N}. */
    DISADVANTAGED(List.of("Y", "N")),
    /** SEN provision: {@code E} EHC plan, {@code K} SEN support, {@code N} no SEN. */
    SEN_PROVISION(List.of("E", "K", "N")),
    /** English as an additional language (first language other than English): {@code Y}, {@code N}. */
    EAL(List.of("Y", "N")),
    /** Sex as recorded in the census: {@code F}, {@code M}. */
    SEX(List.of("F", "M")),
    /**
     * Major ethnic group as in DfE statistics: {@code WHIT} White, {@code MIXD} Mixed, {@code ASIA}
     * Asian, {@code BLAC} Black, {@code CHIN} Chinese, {@code AOEG} any other, {@code UNCL}
     * unclassified.
     */
    ETHNICITY_GROUP(List.of("WHIT", "MIXD", "ASIA", "BLAC", "CHIN", "AOEG", "UNCL"));

    private final List<String> codes;

    Characteristic(List<String> values) {
        this.codes = values;
    }

    /** The codes this characteristic takes, in their documented order. */
    public List<String> codes() {
        return codes;
    }

    /**
     * Normalises a code to upper case and checks it is one of {@link #codes()}.
     *
     * @throws IllegalArgumentException naming the characteristic, the value and the allowed codes
     */
    public String requireValue(String value) {
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new IllegalArgumentException(
                    name() + " \"" + value + "\": must be one of " + String.join(", ", codes));
        }
        return code;
    }
}
