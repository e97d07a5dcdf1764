package org.concordat.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of pupils an objective targets or an observation describes: all pupils, or those with
 * one value of one census {@link Characteristic} (e.g. pupils eligible for free school meals).
 *
 * <p>Text form: {@code all}, or {@code CHARACTERISTIC=VALUE} such as {@code FSM_ELIGIBLE=Y}.
 */
public final class PupilGroup implements Comparable<PupilGroup> {
    /** Every pupil, whatever their characteristics. */
    public static final PupilGroup ALL = new PupilGroup(null, "");

    private final Characteristic characteristic;
    private final String value;

    private PupilGroup(Characteristic characteristic, String value) {
        this.characteristic = characteristic;
        this.value = value;
    }

    /**
     * The pupils with {@code value} for {@code characteristic}.
     *
     * @throws IllegalArgumentException when the value is not one of the characteristic's codes
     */
    public static PupilGroup of(Characteristic characteristic, String value) {
        Objects.requireNonNull(characteristic, "characteristic");
        return new PupilGroup(characteristic, characteristic.requireValue(value));
    }

    /**
     * Reads {@code all} or {@code CHARACTERISTIC=VALUE} (case-insensitive, spaces trimmed).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static PupilGroup parse(CharSequence text) {
        String s = text.toString().trim();
        if (s.equalsIgnoreCase("all")) {
            return ALL;
        }
        int eq = s.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException(
                    "pupil group \"" + text + "\": expected 'all' or CHARACTERISTIC=VALUE, e.g. FSM_ELIGIBLE=Y");
        }
        String name = s.substring(0, eq).trim().toUpperCase(Locale.ROOT);
        Characteristic characteristic;
        try {
            characteristic = Characteristic.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "pupil group \"" + text + "\": unknown characteristic '" + name + "'", e);
        }
        return of(characteristic, s.substring(eq + 1));
    }

    /** The characteristic, empty for {@link #ALL}. */
    public Optional<Characteristic> characteristic() {
        return Optional.ofNullable(characteristic);
    }

    /** The characteristic's code, empty text for {@link #ALL}. */
    public String value() {
        return value;
    }

    /** Whether this is {@link #ALL}. */
    public boolean isAll() {
        return characteristic == null;
    }

    @Override
    public int compareTo(PupilGroup other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PupilGroup g && g.characteristic == characteristic && g.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(characteristic, value);
    }

    /** {@code all} or {@code CHARACTERISTIC=VALUE}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return isAll() ? "all" : characteristic.name() + "=" + value;
    }
}
