/**
 * Monitoring as a partnership does it: a value for a measure is an {@link
 * org.concordat.monitoring.Update} that is drafted, submitted, and approved or returned with a
 * reason, by the people the plan's roles allow; every transition is kept; a period can be locked
 * once reported ({@link org.concordat.monitoring.PeriodLock}). The facade's {@code
 * Concordat.updates()} stores them; only approved updates feed the evaluation.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.monitoring;
