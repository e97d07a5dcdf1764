package org.concordat.spi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed value in a {@link Table} or {@link KeyFigure}. Each kind has two texts: {@link
 * #display()} for people (thousands separators, {@code £}, {@code %}) and {@link #plain()} for
 * machines (what CSV writes: no separators, no symbols). Formats that can (JSON) keep the type.
 */
public sealed interface Cell {
    /** The value for people, e.g. {@code £1,234.50}, {@code 42.5%}. */
    String display();

    /** The value for machines, e.g. {@code 1234.50}, {@code 42.5}; the symbol for a suppressed cell. */
    String plain();

    /** Free text. */
    static Cell text(String text) {
        return new Text(text);
    }

    /** A whole number, e.g. a count of pupils. */
    static Cell count(long count) {
        return new Count(count);
    }

    /** A decimal number with the scale it has. */
    static Cell decimal(BigDecimal value) {
        return new Decimal(value);
    }

    /** An amount of money in GBP, in pence. */
    static Cell money(long pence) {
        return new Money(pence);
    }

    /** A calendar date. */
    static Cell date(java.time.LocalDate date) {
        return new Date(date);
    }

    /** A percentage, in percent (42.5 means 42.5%). */
    static Cell percent(BigDecimal percent) {
        return new Percent(percent);
    }

    /** A value withheld by disclosure control, shown as the symbol of the footnote explaining why. */
    static Cell suppressed(String symbol) {
        return new Suppressed(symbol);
    }

    /** No value. */
    static Cell empty() {
        return Empty.INSTANCE;
    }

    /**
     * Free text, never interpreted as markup or a formula.
     *
     * @param text the text
     */
    record Text(String text) implements Cell {
        /** Checks the text is present. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String display() {
            return text;
        }

        @Override
        public String plain() {
            return text;
        }
    }

    /**
     * A whole number.
     *
     * @param value the number
     */
    record Count(long value) implements Cell {
        @Override
        public String display() {
            return String.format(Locale.UK, "%,d", value);
        }

        @Override
        public String plain() {
            return Long.toString(value);
        }
    }

    /**
     * A decimal number.
     *
     * @param value the number, shown with its own scale
     */
    record Decimal(BigDecimal value) implements Cell {
        /** Checks the value is present. */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
            format.setMinimumFractionDigits(Math.max(0, value.scale()));
            format.setMaximumFractionDigits(Math.max(0, value.scale()));
            format.setRoundingMode(RoundingMode.UNNECESSARY);
            return format.format(value);
        }

        @Override
        public String plain() {
            return value.toPlainString();
        }
    }

    /**
     * An amount in GBP.
     *
     * @param pence the amount in pence; negative for a deficit or refund
     */
    record Money(long pence) implements Cell {
        /** The amount in pounds, with two decimal places. */
        public BigDecimal pounds() {
            return BigDecimal.valueOf(pence, 2);
        }

        /** E.g. {@code £1,234.50} or {@code -£12.00}. */
        @Override
        public String display() {
            String digits = new Decimal(pounds().abs()).display();
            return (pence < 0 ? "-£" : "£") + digits;
        }

        /** E.g. {@code 1234.50}. */
        @Override
        public String plain() {
            return pounds().toPlainString();
        }
    }

    /**
     * A calendar date: for people the British way ({@code 1 March 2027}), for machines ISO 8601
     * ({@code 2027-03-01}), which is what CSV writes and JSON keeps as the value.
     *
     * @param date the date
     */
    record Date(java.time.LocalDate date) implements Cell {
        /** Checks the date is present. */
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String display() {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
                    .format(date);
        }

        @Override
        public String plain() {
            return date.toString();
        }
    }

    /**
     * A percentage.
     *
     * @param percent the value in percent (42.5 means 42.5%)
     */
    record Percent(BigDecimal percent) implements Cell {
        /** Checks the value is present. */
        public Percent {
            Objects.requireNonNull(percent, "percent");
        }

        /** E.g. {@code 42.5%}. */
        @Override
        public String display() {
            return percent.toPlainString() + "%";
        }

        /** E.g. {@code 42.5}. */
        @Override
        public String plain() {
            return percent.toPlainString();
        }
    }

    /**
     * A value withheld by disclosure control.
     *
     * @param symbol the symbol of the {@link Footnote} saying why, e.g. {@code *}
     */
    record Suppressed(String symbol) implements Cell {
        /** Checks the symbol is present. */
        public Suppressed {
            Objects.requireNonNull(symbol, "symbol");
        }

        @Override
        public String display() {
            return symbol;
        }

        @Override
        public String plain() {
            return symbol;
        }
    }

    /** No value; both texts are empty. */
    enum Empty implements Cell {
        /** The one empty cell. */
        INSTANCE;

        @Override
        public String display() {
            return "";
        }

        @Override
        public String plain() {
            return "";
        }
    }
}
