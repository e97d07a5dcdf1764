/**
 * Reading Get Information about Schools (GIAS) "all establishment data" extracts: {@link
 * org.concordat.gias.Gias} streams establishments with per-row problems, and {@link
 * org.concordat.gias.InstitutionRefresh} brings a plan's institutions up to date from them.
 */
@NullMarked
package org.concordat.gias;

import org.jspecify.annotations.NullMarked;
