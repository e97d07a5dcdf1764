/** The PDF renderer's implementation; not exported. */
package org.concordat.pdf.internal;
