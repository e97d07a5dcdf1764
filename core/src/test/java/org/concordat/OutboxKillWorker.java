package org.concordat;

import java.net.URI;
import java.nio.file.Path;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.plan.PartnershipPlan;

/**
 * The process {@link OutboxKillTest} kills: opens a file store, then saves plan versions and
 * dispatches notifications to a loopback receiver as fast as it can, printing a line after each,
 * until killed. Arguments: store directory, receiver URL.
 *
 * <p>Version {@code v} of the plan is {@link #plan(PartnershipPlan, long)}: a cycle of three
 * agreement states, so that two saves in three cause a notification and every third none.
 */
public final class OutboxKillWorker {
    static final String PLAN_ID = "aire-valley-stem";

    private OutboxKillWorker() {}

    /** Version {@code v}'s plan: circulated (awaiting approval), one approval recorded, back to draft. */
    static PartnershipPlan plan(PartnershipPlan example, long v) {
        AgreementVersion circulated = AgreementVersion.builder()
                .from(example.agreement().orElseThrow().latest())
                .status(AgreementStatus.CIRCULATED)
                .approvals(java.util.List.of())
                .build();
        AgreementVersion version = switch ((int) ((v - 1) % 3)) {
            case 0 -> circulated;
            case 1 ->
                circulated.withApproval(
                        example.agreement().orElseThrow().latest().approvals().get(0));
            default -> circulated.moveTo(AgreementStatus.DRAFT);
        };
        return Fixtures.withAgreementVersion(example, version);
    }

    public static void main(String[] args) {
        PartnershipPlan example = Fixtures.example();
        try (Concordat c = Concordat.builder()
                .store(FileRecordStore.open(Path.of(args[0])))
                .notifier("http", new HttpPostNotifier(URI.create(args[1])))
                .build()) {
            System.out.println("ready");
            System.out.flush();
            for (long i = 0; ; i++) {
                long current = c.plans().load(PLAN_ID).map(PlanVersion::version).orElse(0L);
                c.plans().save(plan(example, current + 1), current);
                System.out.println("saved " + (current + 1));
                System.out.flush();
                if (i % 2 == 1) {
                    DispatchSummary s = c.dispatch();
                    System.out.println("dispatched " + s.sent());
                    System.out.flush();
                }
            }
        }
    }
}
