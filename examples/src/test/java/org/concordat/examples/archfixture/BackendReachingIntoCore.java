package org.concordat.examples.archfixture;

import java.nio.file.Path;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;

/**
 * Deliberately breaks the backend rule: a store backend that reads plans with core's codec instead
 * of treating payloads as the SPI's bytes.
 */
public final class BackendReachingIntoCore {
    private BackendReachingIntoCore() {}

    /** Depends on a core class, which the backend rule must report. */
    public static PartnershipPlan peek(Path payload) {
        return Plans.read(payload);
    }
}
