/**
 * The embedded notifier: {@link org.concordat.internal.notify.LogNotifier} writes one SLF4J line
 * per notification. Not exported: adopters reach it through its provider ({@code log}).
 */
@org.jspecify.annotations.NullMarked
package org.concordat.internal.notify;
