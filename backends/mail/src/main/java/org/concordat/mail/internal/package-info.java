/** The mail notifier's implementation; not exported, may change at any time. */
package org.concordat.mail.internal;
