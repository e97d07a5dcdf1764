package org.concordat.examples.archfixture;

import org.concordat.internal.base.Checks;

/** Deliberately breaks the architecture: uses core's internal package from the examples module. */
public final class ForbiddenInternalImport {
    private ForbiddenInternalImport() {}

    /** Reaches into core's internals, which the architecture test must report. */
    public static String name(String value) {
        return Checks.requireNonBlank("name", value);
    }
}
