/**
 * Reading and writing partnership plans as JSON and YAML: {@link org.concordat.io.Plans}, and the
 * one exception it throws for a document it cannot read, {@link
 * org.concordat.io.PlanFormatException}. The format is described in {@code docs/plan-format.md}.
 */
@NullMarked
package org.concordat.io;

import org.jspecify.annotations.NullMarked;
