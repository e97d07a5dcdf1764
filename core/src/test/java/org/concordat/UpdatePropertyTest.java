package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.evaluation.Finding;
import org.concordat.evaluation.Observation;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.monitoring.PeriodLock;
import org.concordat.monitoring.Transition;
import org.concordat.monitoring.Update;
import org.concordat.monitoring.UpdateRefusedException;
import org.concordat.monitoring.UpdateStatus;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of monitoring actions by random people of the example plan, whose MOU leaves
 * urn-138004 out (not a party) and covers urn-138005 only from its governing body's late approval
 * on 20 January 2026. After every action: no approved update ever changed; every update's history
 * is a chain of the transitions made, ending in its state; nobody approved or returned their own
 * submission; an action on a value under a lock in force was refused and changed nothing. At the
 * end, the evaluation under the agreement sees exactly the approved values of covered institutions.
 */
class UpdatePropertyTest {
    private static final String P = "aire-valley-stem";
    private static final List<String> PEOPLE =
            List.of("p-okafor", "p-hughes", "p-begum", "p-novak", "p-reid", "p-shah", "p-wood", "p-adeyemi");
    private static final List<Optional<String>> SCOPES = List.of(
            Optional.of("urn-138001"),
            Optional.of("urn-138002"),
            Optional.of("urn-138003"),
            Optional.of("urn-138004"),
            Optional.of("urn-138005"),
            Optional.empty());
    private static final List<Period> PERIODS = List.of(
            Period.parse("2025-09-01/2025-12-19"),
            Period.parse("2026-01-05/2026-03-27"),
            Period.parse("2026-04-13/2026-07-17"));
    private static final List<Period> LOCKABLE = List.of(
            Period.parse("2025-09-01/2025-12-31"),
            Period.parse("2026-01-01/2026-03-31"),
            Period.parse("2025-09-01/2026-08-31"));
    private static final List<String> MEASURES = List.of("M4", "M3");
    private static final LocalDate LATE_APPROVAL = LocalDate.of(2026, 1, 20);
    private static final java.util.concurrent.atomic.AtomicInteger SEEN_APPROVED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger SEEN_UNDER_LOCK =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger SEEN_LEFT_OUT =
            new java.util.concurrent.atomic.AtomicInteger();

    static PartnershipPlan plan() {
        PartnershipPlan example = Fixtures.example();
        AgreementVersion v1 = example.agreement().orElseThrow().latest();
        AgreementVersion.Builder b = AgreementVersion.builder()
                .from(v1)
                .parties(v1.parties().stream()
                        .filter(p -> !p.equals("urn-138004"))
                        .toList())
                .approvals(List.of());
        for (Approval a : v1.approvals()) {
            if (a.institutionId().equals("urn-138005")) {
                b.addApprovals(Approval.builder().from(a).date(LATE_APPROVAL).build());
            } else if (!a.institutionId().equals("urn-138004")) {
                b.addApprovals(a);
            }
        }
        return Fixtures.withAgreementVersion(example, b.build());
    }

    /** The oracle, written from the plan above rather than from DataSharing. */
    private static boolean covered(Optional<String> institution, LocalDate date) {
        return institution.isEmpty()
                || Set.of("urn-138001", "urn-138002", "urn-138003").contains(institution.get())
                || (institution.get().equals("urn-138005") && !date.isBefore(LATE_APPROVAL));
    }

    @Test
    void a_returned_update_revised_by_its_submitter_is_not_a_decision_seed_minus_225() {
        // The seed the property found when revisions joined the actions (a test bug, kept as a regression).
        run(plan(), new Random(-225));
    }

    @Test
    void monitoring_keeps_its_promises_whatever_anyone_tries() {
        PartnershipPlan plan = plan();
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> run(plan, new Random(seed)));
    }

    @Test
    void the_sequences_reach_every_case_the_promises_are_about() {
        // Random seeds can, now and then, all miss the rarer cases (an approved value of a school
        // the agreement does not cover needs its lead to draft, submit and have it approved): so
        // the promises are shown not to hold vacuously on a fixed sweep of 600 seeds instead (the
        // first 60 reach no left-out value).
        SEEN_APPROVED.set(0);
        SEEN_UNDER_LOCK.set(0);
        SEEN_LEFT_OUT.set(0);
        PartnershipPlan plan = plan();
        for (long seed = 0; seed < 600; seed++) {
            run(plan, new Random(seed));
        }
        assertThat(SEEN_APPROVED.get()).isPositive();
        assertThat(SEEN_UNDER_LOCK.get()).isPositive();
        assertThat(SEEN_LEFT_OUT.get()).isPositive();
    }

    private static void run(PartnershipPlan plan, Random random) {
        HandClock clock = new HandClock(Instant.parse("2025-10-01T09:00:00Z"));
        try (Concordat c = Concordat.builder()
                .store(new InMemoryRecordStore())
                .notifier(new CollectingNotifier())
                .clock(clock)
                .build()) {
            c.plans().create(plan);
            UpdateRepository updates = c.updates();
            Map<String, Update> approved = new HashMap<>();
            int steps = 10 + random.nextInt(30);
            for (int step = 0; step < steps; step++) {
                clock.set(clock.instant().plusSeconds(3600));
                List<Update> before = updates.list(P);
                List<PeriodLock> locks = updates.locks(P);
                String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
                Optional<Update> target =
                        before.isEmpty() ? Optional.empty() : Optional.of(before.get(random.nextInt(before.size())));
                Observation value = Observation.builder()
                        .measureId(MEASURES.get(random.nextInt(MEASURES.size())))
                        .institution(SCOPES.get(random.nextInt(SCOPES.size())))
                        .period(PERIODS.get(random.nextInt(PERIODS.size())))
                        .value(BigDecimal.valueOf(random.nextInt(100)))
                        .n(150)
                        .source("returns")
                        .build();
                int kind = random.nextInt(10);
                Observation touched =
                        kind <= 1 ? value : target.map(Update::value).orElse(value);
                boolean underLock = (kind <= 5 || kind == 9)
                        && locks.stream().anyMatch(l -> l.covers(touched.measureId(), touched.period()));
                boolean done = act(updates, kind, person, target, value, random);
                List<Update> after = updates.list(P);

                if (underLock) {
                    SEEN_UNDER_LOCK.incrementAndGet();
                    assertThat(done).as("an action under a lock in force").isFalse();
                    assertThat(after).isEqualTo(before);
                }
                for (Update u : after) {
                    Update was = approved.get(u.id());
                    if (was != null) {
                        assertThat(u).as("an approved update never changes").isEqualTo(was);
                    }
                    if (u.status() == UpdateStatus.APPROVED) {
                        approved.put(u.id(), u);
                        SEEN_APPROVED.incrementAndGet();
                    }
                    checkHistory(updates.history(P, u.id()), u);
                }
            }
            checkEvaluation(plan, updates);
        }
    }

    /** Runs one action; true when it was done, false when refused. */
    private static boolean act(
            UpdateRepository updates,
            int kind,
            String person,
            Optional<Update> target,
            Observation value,
            Random random) {
        try {
            switch (kind) {
                case 0 -> updates.draft(P, person, value, Optional.empty());
                case 1 -> updates.submitAll(P, person, List.of(value));
                case 2 ->
                    updates.submit(P, person, target.orElseThrow(NoTarget::new).id());
                case 3, 4 ->
                    updates.approve(P, person, target.orElseThrow(NoTarget::new).id());
                case 5 ->
                    updates.returnUpdate(
                            P, person, target.orElseThrow(NoTarget::new).id(), "check n");
                case 9 -> {
                    Update t = target.orElseThrow(NoTarget::new);
                    Observation revised = Observation.builder()
                            .measureId(t.measureId())
                            .institution(t.institution())
                            .period(value.period())
                            .value(value.value())
                            .n(150)
                            .source("revised returns")
                            .build();
                    updates.revise(P, person, t.id(), revised, Optional.of("corrected"));
                }
                default -> {
                    Optional<String> measure = random.nextBoolean() ? Optional.empty() : Optional.of("M4");
                    Period period = LOCKABLE.get(random.nextInt(LOCKABLE.size()));
                    if (kind == 8) {
                        updates.unlock(P, person, measure, period, "correction");
                    } else {
                        updates.lock(P, person, measure, period, Optional.empty());
                    }
                }
            }
            return true;
        } catch (UpdateRefusedException | NoTarget e) {
            return false;
        }
    }

    private static final class NoTarget extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void checkHistory(List<Transition> history, Update u) {
        assertThat(history).hasSize((int) u.version());
        assertThat(history.get(0).from()).isEmpty();
        Optional<String> submitter = Optional.empty();
        for (int i = 0; i < history.size(); i++) {
            Transition t = history.get(i);
            assertThat(t.version()).isEqualTo(i + 1L);
            if (i > 0) {
                assertThat(t.from()).contains(history.get(i - 1).to());
                UpdateStatus before = history.get(i - 1).to();
                // A revision keeps an editable update in its status; every other step is a legal move.
                assertThat(before.canMoveTo(t.to()) || (before == t.to() && before.isEditable()))
                        .isTrue();
            }
            // A decision is a step out of SUBMITTED; revising a returned update keeps it RETURNED and is not one.
            boolean decision = t.from().filter(f -> f == UpdateStatus.SUBMITTED).isPresent()
                    && (t.to() == UpdateStatus.APPROVED || t.to() == UpdateStatus.RETURNED);
            if (decision && submitter.isPresent()) {
                assertThat(t.personId())
                        .as("nobody decides their own submission")
                        .isNotEqualTo(submitter.get());
            }
            if (decision && t.to() == UpdateStatus.RETURNED) {
                assertThat(t.reason()).isPresent();
            }
            if (t.to() == UpdateStatus.SUBMITTED) {
                submitter = Optional.of(t.personId());
            }
        }
        assertThat(history.get(history.size() - 1)).isEqualTo(u.last());
        assertThat(u.last().to()).isEqualTo(u.status());
    }

    private static void checkEvaluation(PartnershipPlan plan, UpdateRepository updates) {
        LocalDate asOf = LocalDate.of(2026, 9, 1);
        List<Observation> approved = updates.list(P).stream()
                .filter(u -> u.status() == UpdateStatus.APPROVED)
                .map(Update::value)
                .toList();
        assertThat(updates.approved(P)).containsExactlyElementsOf(approved);
        EvaluationResult result =
                Evaluation.of(plan, updates.approved(P)).underAgreement().asOf(asOf);

        Set<List<Object>> expectedLeftOut = new HashSet<>();
        Map<List<Object>, Set<BigDecimal>> latestCovered = new HashMap<>();
        Map<List<Object>, LocalDate> latestDate = new HashMap<>();
        for (Observation o : approved) {
            List<Object> series = List.of(o.measureId(), o.institution());
            if (!covered(o.institution(), o.date())) {
                expectedLeftOut.add(List.of(o.institution().orElseThrow(), o.measureId(), o.period()));
                continue;
            }
            LocalDate d = latestDate.get(series);
            if (d == null || o.date().isAfter(d)) {
                latestDate.put(series, o.date());
                latestCovered.put(series, new HashSet<>());
            }
            if (o.date().equals(latestDate.get(series))) {
                latestCovered.get(series).add(o.value());
            }
        }
        assertThat(result.dataLeftOut())
                .extracting(d -> List.<Object>of(d.institutionId(), d.measureId(), d.period()))
                .containsExactlyInAnyOrderElementsOf(expectedLeftOut.stream().toList())
                .hasSameSizeAs(approved.stream()
                        .filter(o -> !covered(o.institution(), o.date()))
                        .toList());
        Map<List<Object>, Finding> findings = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.value().value().isPresent()) {
                findings.put(List.of(f.measureId(), f.institution()), f);
            }
        }
        assertThat(findings.keySet()).isEqualTo(latestCovered.keySet());
        findings.forEach((series, f) -> assertThat(latestCovered.get(series))
                .extracting(BigDecimal::stripTrailingZeros)
                .contains(f.value().value().orElseThrow().stripTrailingZeros()));
        SEEN_LEFT_OUT.addAndGet(result.dataLeftOut().size());
    }
}
