package org.concordat.testkit;

import org.concordat.rules.Severity;
import org.concordat.rules.ValidationReport;

/**
 * What "a plan the rulebook accepts" means when the testkit samples or filters plans: no error
 * (warnings and notes allowed, as {@link ValidationReport#isValid()} judges), or no warning either
 * (notes allowed).
 */
public enum Acceptance {
    /** No violation of severity {@link Severity#ERROR}; warnings and infos are allowed. */
    NO_ERRORS,
    /** No violation of severity {@link Severity#ERROR} or {@link Severity#WARNING}; infos are allowed. */
    NO_WARNINGS;

    /** Whether {@code report} is acceptable under this option. */
    public boolean accepts(ValidationReport report) {
        return this == NO_ERRORS ? report.isValid() : report.isValid() && report.count(Severity.WARNING) == 0;
    }
}
