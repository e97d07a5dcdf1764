/** The PostgreSQL store's implementation; not exported, may change at any time. */
package org.concordat.postgres.internal;
