/**
 * The {@link org.concordat.Concordat} facade: one object that binds a session to a record store, a
 * notifier and report renderers (given explicitly or discovered through {@link
 * java.util.ServiceLoader}), with the {@link org.concordat.PlanRepository} that saves plans with
 * optimistic concurrency and keeps their full history.
 */
@org.jspecify.annotations.NullMarked
package org.concordat;
