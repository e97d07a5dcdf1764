/**
 * The foundations below the domain: argument checks ({@code Checks}), identifier rules ({@code
 * Ids}), the Immutables house styles and the British date format every domain package shares.
 * Depends on the JDK (and Immutables' annotations) only; no domain package is imported here, so
 * every package above may use it without a cycle. Not exported.
 */
@NullMarked
package org.concordat.internal.base;

import org.jspecify.annotations.NullMarked;
