/**
 * The partnership itself: its members with the dates they joined and left, its lead and deputy
 * lead, its focus, its status, and the people who act in it in named roles.
 */
@NullMarked
package org.concordat.partnership;

import org.jspecify.annotations.NullMarked;
