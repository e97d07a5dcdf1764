package org.concordat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;

/** Test fixtures: the documented example plan, a clock tests move by hand, a notifier that keeps what it gets. */
final class Fixtures {
    private static final PartnershipPlan EXAMPLE = Plans.read(Path.of("../examples/plans/first-plan.yaml"));

    private Fixtures() {}

    /** The example plan of examples/plans/first-plan.yaml (five Leeds/Bradford schools, MOU in force). */
    public static PartnershipPlan example() {
        return EXAMPLE;
    }

    /** The example with its MOU version 1 replaced by {@code version}. */
    public static PartnershipPlan withAgreementVersion(PartnershipPlan plan, AgreementVersion version) {
        Agreement agreement = plan.agreement().orElseThrow();
        return plan.withAgreement(agreement.withVersion(version));
    }

    /** The example's MOU version 1 as it was when first circulated: no approvals yet. */
    public static AgreementVersion circulated() {
        return AgreementVersion.builder()
                .from(EXAMPLE.agreement().orElseThrow().latest())
                .status(AgreementStatus.CIRCULATED)
                .approvals(List.of())
                .build();
    }

    /** A clock that stays where it is put. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        public HandClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps every notification sent to it. */
    static final class CollectingNotifier implements Notifier {
        private final List<Notification> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(Notification notification) {
            sent.add(notification);
        }

        public List<Notification> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }

        public List<String> eventTypes() {
            return sent().stream().map(Notification::eventType).toList();
        }
    }
}
