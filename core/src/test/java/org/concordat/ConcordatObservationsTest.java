package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.Observation;
import org.concordat.event.ObjectiveStatus;
import org.concordat.event.ObjectiveStatuses;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.plan.PartnershipPlan;
import org.concordat.plan.PupilGroup;
import org.concordat.spi.Notification;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordatObservationsTest {
    private final CollectingNotifier notifier = new CollectingNotifier();
    private final HandClock clock = new HandClock(Instant.parse("2026-09-15T09:00:00Z"));

    private Concordat concordat(RecordStore store) {
        return Concordat.builder().store(store).notifier(notifier).clock(clock).build();
    }

    static Observation m1(String value, long n, Optional<String> school) {
        return Observation.builder()
                .measureId("M1")
                .institution(school)
                .period(Period.parse("2025-09-01/2026-08-31"))
                .group(PupilGroup.parse("DISADVANTAGED=Y"))
                .value(new BigDecimal(value))
                .n(n)
                .source("2026 GCSE results")
                .build();
    }

    @Test
    void observations_round_trip_through_the_file_store_and_survive_reopening(@TempDir Path dir) {
        List<Observation> recorded = List.of(
                m1("33.5", 120, Optional.empty()),
                m1("12", 4, Optional.of("urn-138004")),
                Observation.builder()
                        .measureId("M3")
                        .period(Period.parse("2026-06-01/2026-07-17"))
                        .value(new BigDecimal("47.25"))
                        .source("summer 2026 pupil survey")
                        .build(),
                // The number invited is kept, or a value withheld for its response rate would be
                // shown once read back from the store.
                Observation.builder()
                        .measureId("M3")
                        .institution("urn-138004")
                        .period(Period.parse("2026-06-01/2026-07-17"))
                        .value(new BigDecimal("62"))
                        .n(12)
                        .invited(40)
                        .source("summer 2026 pupil survey")
                        .build());
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            assertThat(c.observations().record("aire-valley-stem", recorded.subList(0, 2)))
                    .isEqualTo(1);
            assertThat(c.observations().record("aire-valley-stem", recorded.subList(2, 4)))
                    .isEqualTo(2);
        }
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            assertThat(c.observations().load("aire-valley-stem")).isEqualTo(recorded);
            assertThat(c.observations().load("aire-valley-stem").get(3).invited())
                    .contains(40L);
            assertThat(c.observations().lastCollected("aire-valley-stem", "M1")).contains(LocalDate.of(2026, 8, 31));
            assertThat(c.observations().lastCollected("aire-valley-stem", "M2")).isEmpty();
            assertThat(c.observations().load("other")).isEmpty();
        }
    }

    @Test
    void concurrent_recordings_are_all_kept() throws Exception {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 5; i++) {
                            c.observations().record("p", List.of(m1(thread + "." + i, 100, Optional.empty())));
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(c.observations().load("p")).hasSize(20).doesNotHaveDuplicates();
        }
    }

    @Test
    void recording_data_that_puts_an_objective_off_track_notifies_the_leads() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();

            c.observations().record("aire-valley-stem", List.of(m1("20.0", 140, Optional.empty())));

            List<Notification> sent =
                    notifier.sent().subList(before, notifier.sent().size());
            assertThat(sent).extracting(Notification::eventType).containsExactly("objective.status-changed");
            assertThat(sent.get(0).subject()).endsWith("objective O1 is off track");

            // the same status again is not news
            c.observations().record("aire-valley-stem", List.of(m1("20.5", 140, Optional.of("urn-138001"))));
            assertThat(notifier.sent()).hasSize(before + 1);
        }
    }

    private List<Notification> statusChanges(int from) {
        return notifier.sent().subList(from, notifier.sent().size()).stream()
                .filter(n -> n.eventType().equals("objective.status-changed"))
                .toList();
    }

    @Test
    void a_value_that_met_its_periods_target_is_not_announced_whenever_it_is_recorded_before_overdue() {
        for (String day : List.of("2026-08-31", "2026-09-15", "2027-03-01", "2027-08-31")) {
            clock.set(Instant.parse(day + "T12:00:00Z"));
            try (Concordat c = concordat(new InMemoryRecordStore())) {
                c.plans().create(Fixtures.example());
                int before = notifier.sent().size();

                c.observations().record("aire-valley-stem", List.of(m1("34.0", 140, Optional.empty())));

                assertThat(statusChanges(before)).as("recorded on %s", day).isEmpty();
            }
        }
    }

    @Test
    void a_value_behind_its_periods_target_is_announced_at_risk_or_off_track_by_the_tolerance() {
        clock.set(Instant.parse("2027-03-01T12:00:00Z"));
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();
            c.observations().record("aire-valley-stem", List.of(m1("33.5", 140, Optional.empty())));
            assertThat(statusChanges(before))
                    .extracting(Notification::subject)
                    .containsExactly("Aire Valley STEM Partnership: objective O1 is at risk");
        }
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();
            c.observations().record("aire-valley-stem", List.of(m1("33.0", 140, Optional.empty())));
            assertThat(statusChanges(before))
                    .extracting(Notification::subject)
                    .containsExactly("Aire Valley STEM Partnership: objective O1 is off track");
        }
    }

    @Test
    void no_status_change_is_announced_or_reported_while_no_new_value_arrives() {
        PartnershipPlan plan = Fixtures.example();
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(plan);
            int before = notifier.sent().size();
            c.observations().record("aire-valley-stem", List.of(m1("33.5", 140, Optional.empty())));
            assertThat(statusChanges(before)).hasSize(1);
            int announced = notifier.sent().size();

            // A year of the calendar moving on: reminders run, another objective's data arrives.
            for (LocalDate day = LocalDate.of(2026, 9, 16);
                    !day.isAfter(LocalDate.of(2027, 8, 31));
                    day = day.plusDays(15)) {
                clock.set(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
                c.remind("aire-valley-stem", day);
                c.observations()
                        .record(
                                "aire-valley-stem",
                                List.of(Observation.builder()
                                        .measureId("M4")
                                        .period(Period.ofDay(day))
                                        .value(new BigDecimal("230"))
                                        .n(300)
                                        .source("options returns")
                                        .build()));
                assertThat(statusChanges(announced)).as("on %s", day).isEmpty();
                Map<String, ObjectiveStatus> statuses = ObjectiveStatuses.of(
                        plan,
                        Evaluation.of(plan, c.observations().load("aire-valley-stem"))
                                .asOf(day));
                assertThat(statuses.get("O1")).as("O1 on %s", day).isEqualTo(ObjectiveStatus.AT_RISK);
            }
        }
    }

    @Test
    void a_value_recorded_on_results_day_before_its_period_ends_is_judged_and_announced_then() {
        clock.set(Instant.parse("2026-08-20T12:00:00Z"));
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();

            c.observations().record("aire-valley-stem", List.of(m1("33.0", 140, Optional.empty())));

            assertThat(statusChanges(before))
                    .extracting(Notification::subject)
                    .containsExactly("Aire Valley STEM Partnership: objective O1 is off track");
        }
    }

    @Test
    void a_status_change_of_a_withheld_finding_is_not_announced() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            int before = notifier.sent().size();

            // Off track, but about 3 pupils: announcing it would publish the withheld status.
            c.observations().record("aire-valley-stem", List.of(m1("20.0", 3, Optional.empty())));

            assertThat(notifier.sent()).hasSize(before);
        }
    }

    @Test
    void reminders_use_recorded_observations_as_the_measure_data_log() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            c.plans().create(Fixtures.example());
            LocalDate asOf = LocalDate.of(2026, 9, 10); // M1: baseline 21 Aug 2025, annual, so due 21 Aug 2026
            assertThat(c.remind("aire-valley-stem", asOf))
                    .filteredOn(e -> e.eventType().equals("measure.data-overdue"))
                    .extracting(e -> ((org.concordat.event.MeasureDataOverdue) e).measureId())
                    .contains("M1");

            c.observations().record("aire-valley-stem", List.of(m1("33.5", 120, Optional.empty())));

            assertThat(c.remind("aire-valley-stem", asOf))
                    .filteredOn(e -> e.eventType().equals("measure.data-overdue"))
                    .extracting(e -> ((org.concordat.event.MeasureDataOverdue) e).measureId())
                    .doesNotContain("M1");
        }
    }
}
