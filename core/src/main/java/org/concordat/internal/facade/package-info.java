/** How the facade turns plans into store records and back; not for adopters. */
@org.jspecify.annotations.NullMarked
package org.concordat.internal.facade;
