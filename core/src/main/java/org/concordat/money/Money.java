package org.concordat.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

/**
 * An amount of money in pounds sterling (GBP), exact to the penny, held as a {@code long} number
 * of pence. The range is that of {@code long} pence, about ±92 million million pounds.
 *
 * <p>Amounts may be negative, since a balance can be overdrawn; domain types that need a
 * non-negative amount (a cost, a grant) refuse negative ones themselves. Arithmetic is exact and
 * throws {@link ArithmeticException} rather than overflow. Factories refuse what cannot be said in
 * whole pence with {@link IllegalArgumentException} naming the value.
 *
 * <p>Text: {@link #toString()} is the plain decimal {@code 1250.50} (for files; {@link #parse}
 * reads it back), {@link #format()} is {@code £1,250.50} (for people; {@link #parse} reads that
 * too).
 */
public final class Money implements Comparable<Money> {
    /** No money: £0.00. */
    public static final Money ZERO = new Money(0);

    private static final String FIELD = "amount";
    // Optional minus, optional pound sign, whole pounds (plain or grouped in threes), optional
    // one or two pence digits.
    private static final Pattern TEXT =
            Pattern.compile("(-)?£?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\\.([0-9]{1,2}))?");

    private static final String TOO_LARGE = "is too large: must be from -92233720368547758.08 to 92233720368547758.07";

    // The longest text parse accepts, "-£92,233,720,368,547,758.08": anything longer is refused
    // before a pattern or a number is built from it, so a huge input costs no more than its length.
    private static final int MAX_TEXT = 27;
    // Values quoted in messages are cut to this many characters.
    private static final int QUOTED = 40;

    private final long pence;

    private Money(long pence) {
        this.pence = pence;
    }

    /** Returns the amount of this many pence; e.g. {@code ofPence(125050)} is £1,250.50. */
    public static Money ofPence(long pence) {
        return pence == 0 ? ZERO : new Money(pence);
    }

    /**
     * Returns the amount of this many pounds, e.g. {@code of(new BigDecimal("1250.5"))} is
     * £1,250.50. Trailing zeros beyond the pence do not matter ({@code 1.500} is £1.50).
     *
     * @throws IllegalArgumentException when the amount has a fraction of a penny, or is too large
     *     for {@code long} pence
     */
    public static Money of(BigDecimal pounds) {
        Objects.requireNonNull(pounds, FIELD);
        BigDecimal stripped = pounds.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException(describe(pounds.toString(), "must not have more than 2 decimal places"));
        }
        // More than 18 whole digits is at least 10^18 pounds, far beyond long pence: refuse before
        // building a huge integer from an exponent such as 1E+999999999.
        if (stripped.precision() - stripped.scale() > 18) {
            throw new IllegalArgumentException(describe(pounds.toString(), TOO_LARGE));
        }
        BigInteger whole = stripped.movePointRight(2).toBigIntegerExact();
        if (whole.bitLength() > 63) {
            throw new IllegalArgumentException(describe(pounds.toString(), TOO_LARGE));
        }
        return ofPence(whole.longValue());
    }

    /**
     * Reads an amount in pounds: {@code "1250"}, {@code "1250.5"}, {@code "1,250.50"}, {@code
     * "£1,250.50"}, each optionally led by a minus sign ({@code "-£3.20"}) and surrounded by
     * whitespace. So it reads both {@link #toString()} and {@link #format()}.
     *
     * @throws IllegalArgumentException naming the value (its first 40 characters when longer) for
     *     anything else: more than two decimal places, misplaced commas, other currencies,
     *     exponents, a plus sign, an amount too large for {@code long} pence, or text longer than
     *     27 characters (the longest amount), refused before any number is built from it
     */
    public static Money parse(CharSequence text) {
        String given = text.toString();
        String stripped = given.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new IllegalArgumentException(describe(
                    given,
                    "is too long: must be at most " + MAX_TEXT + " characters, from -£92,233,720,368,547,758.08 to"
                            + " £92,233,720,368,547,758.07"));
        }
        Matcher m = TEXT.matcher(stripped);
        if (!m.matches()) {
            throw new IllegalArgumentException(describe(
                    given, "must be pounds with up to 2 decimal places, as 1250, 1250.5, 1,250.50 or £1,250.50"));
        }
        String pounds = m.group(2).replace(",", "");
        String fraction = m.group(3) == null ? "" : m.group(3);
        BigDecimal amount = new BigDecimal(pounds + (fraction.isEmpty() ? "" : "." + fraction));
        if (m.group(1) != null) {
            amount = amount.negate();
        }
        BigInteger inPence = amount.movePointRight(2).toBigIntegerExact();
        if (inPence.bitLength() > 63) {
            throw new IllegalArgumentException(describe(given, TOO_LARGE));
        }
        return ofPence(inPence.longValue());
    }

    private static String describe(String value, String rule) {
        String quoted = value.length() <= QUOTED
                ? value
                : value.substring(0, QUOTED) + "…\" (" + value.length() + " characters)";
        return FIELD + " \"" + quoted + (value.length() <= QUOTED ? "\"" : "") + ": " + rule;
    }

    /**
     * Returns the sum of the amounts; {@link #ZERO} when there are none.
     *
     * @throws ArithmeticException when the sum overflows
     */
    public static Money sum(Iterable<Money> amounts) {
        long total = 0;
        for (Money m : amounts) {
            total = Math.addExact(total, m.pence);
        }
        return ofPence(total);
    }

    /**
     * Returns a collector that sums amounts exactly, e.g. {@code costs.stream().collect(
     * Money.summing())}. Safe in parallel streams: addition of whole pence is associative.
     *
     * @throws ArithmeticException (when collecting) if the sum overflows
     */
    public static Collector<Money, ?, Money> summing() {
        return Collector.of(
                () -> new long[1],
                (acc, m) -> acc[0] = Math.addExact(acc[0], m.pence),
                (a, b) -> {
                    a[0] = Math.addExact(a[0], b[0]);
                    return a;
                },
                acc -> ofPence(acc[0]));
    }

    /** Returns this amount plus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Money plus(Money other) {
        return ofPence(Math.addExact(pence, other.pence));
    }

    /** Returns this amount minus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Money minus(Money other) {
        return ofPence(Math.subtractExact(pence, other.pence));
    }

    /**
     * Returns this amount times a whole number, e.g. a per-teacher cost times teachers attending;
     * throws {@link ArithmeticException} on overflow.
     */
    public Money times(long factor) {
        return ofPence(Math.multiplyExact(pence, factor));
    }

    /** Returns the amount with the opposite sign; throws {@link ArithmeticException} on overflow. */
    public Money negate() {
        return ofPence(Math.negateExact(pence));
    }

    /**
     * Splits this amount into {@code parts} amounts that differ by at most a penny and sum exactly
     * to it; the larger parts come first. For example £100.00 in 3 parts is £33.34, £33.33,
     * £33.33.
     *
     * @throws IllegalArgumentException when {@code parts} is less than 1
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts \"" + parts + "\": must be at least 1");
        }
        long base = Math.floorDiv(pence, parts);
        long extra = Math.floorMod(pence, parts);
        List<Money> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            result.add(ofPence(i < extra ? base + 1 : base));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits this amount in proportion to whole-number weights, e.g. a budget by pupil numbers,
     * so that the parts sum exactly to it. Each part is its exact share rounded down or up to the
     * penny, so always less than a penny from it (largest remainder method): shares are rounded
     * down, and the pennies left go one each to the parts whose shares lost most, ties to the
     * earlier part. A zero weight gets exactly zero.
     *
     * @throws IllegalArgumentException when there are no weights, a weight is negative, or all are
     *     zero
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights \"[]\": must not be empty");
        }
        BigInteger total = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights \"" + w + "\": must not be negative");
            }
            total = total.add(BigInteger.valueOf(w));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights \"all 0\": at least one must be positive");
        }
        BigInteger amount = BigInteger.valueOf(pence);
        long[] shares = new long[weights.length];
        BigInteger[] lost = new BigInteger[weights.length];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            // floor division, so a negative amount is split the same way as a positive one
            BigInteger[] qr = amount.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            boolean belowZero = qr[1].signum() < 0;
            shares[i] = (belowZero ? qr[0].subtract(BigInteger.ONE) : qr[0]).longValueExact();
            lost[i] = belowZero ? qr[1].add(total) : qr[1];
            allocated = allocated.add(BigInteger.valueOf(shares[i]));
        }
        // Each share lost less than a penny, so fewer pennies are left than shares that lost any.
        long left = amount.subtract(allocated).longValueExact();
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> {
            int byLoss = lost[y].compareTo(lost[x]);
            return byLoss != 0 ? byLoss : Integer.compare(x, y);
        });
        for (int k = 0; k < left; k++) {
            shares[order.get(k)]++;
        }
        List<Money> result = new ArrayList<>(weights.length);
        for (long share : shares) {
            result.add(ofPence(share));
        }
        return Collections.unmodifiableList(result);
    }

    /** Returns whether the amount is below zero. */
    public boolean isNegative() {
        return pence < 0;
    }

    /** Returns whether the amount is above zero. */
    public boolean isPositive() {
        return pence > 0;
    }

    /** Returns whether the amount is exactly zero. */
    public boolean isZero() {
        return pence == 0;
    }

    /** Returns -1, 0 or 1 as the amount is negative, zero or positive. */
    public int signum() {
        return Long.signum(pence);
    }

    /** Returns the amount in pence, e.g. 125050 for £1,250.50. */
    public long toPence() {
        return pence;
    }

    /** Returns the amount in pounds with scale 2, e.g. {@code 1250.50}. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    /** Orders amounts by value, the most negative first. */
    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).pence == pence;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pence);
    }

    /**
     * Returns the amount in pounds as a plain decimal with two places and no symbol or grouping,
     * e.g. {@code 1250.50} or {@code -0.05}; {@link #parse} reads it back.
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    /**
     * Returns the amount for people: pound sign, thousands grouped by commas, two decimal places,
     * minus sign first, e.g. {@code £1,250.50} or {@code -£3.20}. The format does not depend on the
     * default locale; {@link #parse} reads it back.
     */
    public String format() {
        String plain = toString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        out.append('£');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, point, digits.length()).toString();
    }
}
