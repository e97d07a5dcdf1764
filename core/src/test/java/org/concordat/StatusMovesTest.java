package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

/**
 * A plan saved over its previous version may move a status only as the lifecycle allows, however
 * the plan was built: a {@code with…} copy and a builder set any status, so the move is checked on
 * save.
 */
class StatusMovesTest {
    private final Concordat concordat = Concordat.builder()
            .store(new InMemoryRecordStore())
            .notifier(new CollectingNotifier())
            .clock(new HandClock(Instant.parse("2026-02-20T09:00:00Z")))
            .author("test")
            .build();

    private static PartnershipPlan withPartnershipStatus(PartnershipPlan plan, PartnershipStatus status) {
        return plan.withPartnership(plan.partnership().withStatus(status));
    }

    private static PartnershipPlan withAgreementStatus(PartnershipPlan plan, AgreementStatus status) {
        AgreementVersion mou = plan.agreement().orElseThrow().latest();
        return Fixtures.withAgreementVersion(plan, mou.withStatus(status));
    }

    /** The statuses a partnership can reach from {@code from}, as the domain describes them. */
    private static boolean reachable(PartnershipStatus from, PartnershipStatus to) {
        // Forward only: forming, agreed, active, ended; ended may follow any.
        return to == PartnershipStatus.ENDED || (to.ordinal() >= from.ordinal() && from != PartnershipStatus.ENDED);
    }

    /** The statuses an agreement version can reach from {@code from}, as the domain describes them. */
    private static boolean reachable(AgreementStatus from, AgreementStatus to) {
        return switch (from) {
            // A draft or circulated version can still go anywhere (back to draft for changes).
            case DRAFT, CIRCULATED -> true;
            case APPROVED -> to != AgreementStatus.DRAFT && to != AgreementStatus.CIRCULATED;
            case IN_FORCE ->
                to == AgreementStatus.IN_FORCE || to == AgreementStatus.SUPERSEDED || to == AgreementStatus.ENDED;
            case SUPERSEDED, ENDED -> to == from;
        };
    }

    @Test
    void several_legal_moves_may_lie_between_two_saved_versions() {
        PlanVersion v1 = concordat.plans().create(withAgreementStatus(Fixtures.example(), AgreementStatus.CIRCULATED));

        assertThat(concordat
                        .plans()
                        .save(withAgreementStatus(v1.plan(), AgreementStatus.IN_FORCE), 1)
                        .version())
                .isEqualTo(2);
    }

    @Test
    void with_copies_a_status_without_checking_and_move_to_checks() {
        Partnership ended = Fixtures.example().partnership().moveTo(PartnershipStatus.ENDED);

        assertThat(ended.withStatus(PartnershipStatus.ACTIVE).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThatThrownBy(() -> ended.moveTo(PartnershipStatus.ACTIVE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot move from ENDED to ACTIVE");
    }

    @Test
    void refuses_to_save_an_ended_partnership_made_active_again_and_writes_nothing() {
        PartnershipPlan active = Fixtures.example();
        String id = active.partnership().id();
        PlanVersion v1 = concordat.plans().create(active);
        PlanVersion v2 = concordat.plans().save(withPartnershipStatus(active, PartnershipStatus.ENDED), v1.version());
        PartnershipPlan revived = withPartnershipStatus(v2.plan(), PartnershipStatus.ACTIVE);

        assertThatThrownBy(() -> concordat.plans().save(revived, v2.version()))
                .isInstanceOfSatisfying(IllegalStatusMoveException.class, e -> {
                    assertThat(e.partnershipId()).isEqualTo(id);
                    assertThat(e.field()).isEqualTo("partnership.status");
                    assertThat(e.from()).isEqualTo("ENDED");
                    assertThat(e.to()).isEqualTo("ACTIVE");
                })
                .hasMessage("plan \"" + id + "\": partnership.status \"ACTIVE\": cannot move from ENDED to ACTIVE;"
                        + " the stored version holds ENDED");
        assertThat(concordat.plans().history(id)).hasSize(2);
    }

    @Test
    void a_builder_cannot_go_round_the_check_either() {
        PlanVersion v1 = concordat.plans().create(Fixtures.example());
        PartnershipPlan built = v1.plan()
                .withPartnership(Partnership.builder()
                        .from(v1.plan().partnership())
                        .status(PartnershipStatus.FORMING)
                        .build());

        assertThatThrownBy(() -> concordat.plans().save(built, v1.version()))
                .isInstanceOf(IllegalStatusMoveException.class)
                .hasMessageContaining("cannot move from ACTIVE to FORMING");
    }

    @Test
    void refuses_an_agreement_version_in_force_put_back_to_draft_naming_the_version() {
        PlanVersion v1 = concordat.plans().create(Fixtures.example());
        int number = v1.plan().agreement().orElseThrow().latest().number();

        assertThatThrownBy(() -> concordat.plans().save(withAgreementStatus(v1.plan(), AgreementStatus.DRAFT), 1))
                .isInstanceOfSatisfying(IllegalStatusMoveException.class, e -> {
                    assertThat(e.field()).isEqualTo("agreement.versions[" + number + "].status");
                    assertThat(e.from()).isEqualTo("IN_FORCE");
                    assertThat(e.to()).isEqualTo("DRAFT");
                });
    }

    @Test
    void an_update_is_checked_like_a_save() {
        PlanVersion v1 = concordat.plans().create(withPartnershipStatus(Fixtures.example(), PartnershipStatus.ENDED));
        String id = v1.plan().partnership().id();

        assertThatThrownBy(() -> concordat.plans().update(id, p -> withPartnershipStatus(p, PartnershipStatus.AGREED)))
                .isInstanceOf(IllegalStatusMoveException.class);
        assertThat(concordat.plans().history(id)).hasSize(1);
    }

    @Test
    void a_new_agreement_version_may_start_in_any_status() {
        PlanVersion v1 = concordat.plans().create(Fixtures.example());
        PartnershipPlan amended = v1.plan()
                .withAgreement(v1.plan()
                        .agreement()
                        .orElseThrow()
                        .amend(v1.plan().agreement().orElseThrow().latest().sections()));

        assertThat(concordat.plans().save(amended, 1).version()).isEqualTo(2);
    }

    @Test
    void every_partnership_status_is_saved_exactly_when_legal_moves_reach_it() {
        for (PartnershipStatus from : PartnershipStatus.values()) {
            for (PartnershipStatus to : PartnershipStatus.values()) {
                Concordat fresh = Concordat.builder()
                        .store(new InMemoryRecordStore())
                        .notifier(new CollectingNotifier())
                        .author("test")
                        .build();
                PlanVersion v1 = fresh.plans().create(withPartnershipStatus(Fixtures.example(), from));
                PartnershipPlan next = withPartnershipStatus(v1.plan(), to);
                boolean legal = reachable(from, to);
                if (legal) {
                    assertThat(fresh.plans().save(next, 1).plan().partnership().status())
                            .as(from + " -> " + to)
                            .isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> fresh.plans().save(next, 1))
                            .as(from + " -> " + to)
                            .isInstanceOf(IllegalStatusMoveException.class);
                }
            }
        }
    }

    @Test
    void every_agreement_status_is_saved_exactly_when_legal_moves_reach_it() {
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                Concordat fresh = Concordat.builder()
                        .store(new InMemoryRecordStore())
                        .notifier(new CollectingNotifier())
                        .author("test")
                        .build();
                PlanVersion v1 = fresh.plans().create(withAgreementStatus(Fixtures.example(), from));
                PartnershipPlan next = withAgreementStatus(v1.plan(), to);
                boolean legal = reachable(from, to);
                if (legal) {
                    assertThat(fresh.plans().save(next, 1).version())
                            .as(from + " -> " + to)
                            .isEqualTo(2);
                } else {
                    assertThatThrownBy(() -> fresh.plans().save(next, 1))
                            .as(from + " -> " + to)
                            .isInstanceOf(IllegalStatusMoveException.class);
                }
            }
        }
    }
}
