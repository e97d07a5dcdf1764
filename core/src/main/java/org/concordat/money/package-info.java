/**
 * Amounts of money in pounds sterling, exact to the penny. No {@code double} anywhere: {@link
 * org.concordat.money.Money} holds a {@code long} number of pence and converts to and from {@link
 * java.math.BigDecimal} and text without rounding.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.money;
