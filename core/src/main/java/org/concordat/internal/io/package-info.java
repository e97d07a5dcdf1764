/**
 * Jackson plumbing behind {@code org.concordat.io.Plans}: the mappers, the text forms of
 * identifiers and calendar values, and the translation of Jackson's errors into {@code
 * PlanFormatException}. Not exported.
 */
@NullMarked
package org.concordat.internal.io;

import org.jspecify.annotations.NullMarked;
