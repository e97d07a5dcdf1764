package org.concordat.evaluation.disclosure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as it may be shown after disclosure control: either a number (already rounded) or a
 * {@link Symbol} in its place. Report builders print {@link #toString()}.
 */
public final class Figure {
    private final BigDecimal value;
    private final Symbol symbol;

    private Figure(BigDecimal value, Symbol symbol) {
        this.value = value;
        this.symbol = symbol;
    }

    /** A figure shown as the number {@code value}. */
    public static Figure of(BigDecimal value) {
        return new Figure(Objects.requireNonNull(value, "value"), null);
    }

    /** A figure shown as the whole number {@code value}. */
    public static Figure of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** A figure replaced by {@code symbol}. */
    public static Figure withheld(Symbol symbol) {
        return new Figure(null, Objects.requireNonNull(symbol, "symbol"));
    }

    /** Whether a number is shown. */
    public boolean isShown() {
        return value != null;
    }

    /** The number shown, empty when a symbol stands in its place. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /** The symbol shown in place of the number, empty when the number is shown. */
    public Optional<Symbol> symbol() {
        return Optional.ofNullable(symbol);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && Objects.equals(f.value, value) && f.symbol == symbol;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, symbol);
    }

    /** The number in plain notation, or the symbol's code such as {@code c}. */
    @Override
    public String toString() {
        return value != null ? value.toPlainString() : symbol.code();
    }
}
