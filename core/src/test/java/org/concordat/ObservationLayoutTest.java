package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.plan.PupilGroup;
import org.concordat.spi.IndexTerm;
import org.concordat.spi.RecordDraft;
import org.concordat.spi.RecordKey;
import org.concordat.spi.RecordStore;
import org.concordat.spi.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observations cost storage per batch recorded, and stores in the first layout still read. */
class ObservationLayoutTest {
    private static final RecordKey KEY = RecordKey.of("observations", "aire-valley-stem");
    private final HandClock clock = new HandClock(Instant.parse("2026-09-15T09:00:00Z"));

    private Concordat concordat(RecordStore store) {
        return Concordat.builder()
                .store(store)
                .notifier(new CollectingNotifier())
                .clock(clock)
                .build();
    }

    private static Observation observation(String measure, String value) {
        return Observation.builder()
                .measureId(measure)
                .period(Period.parse("2025-09-01/2026-08-31"))
                .value(new BigDecimal(value))
                .n(120)
                .source("2026 GCSE results")
                .build();
    }

    /** A payload exactly as the first layout wrote it: every observation so far. */
    private static RecordDraft firstLayout(String json, Instant time) {
        return RecordDraft.of(
                1,
                "application/json",
                json.getBytes(StandardCharsets.UTF_8),
                Set.of(IndexTerm.of("measure", "M1")),
                "concordat",
                time);
    }

    private static final String V1 = "[{\"measureId\":\"M1\",\"period\":\"2025-09-01/2026-08-31\",\"group\":\"ALL\","
            + "\"value\":\"10.5\",\"n\":120,\"source\":\"2026 GCSE results\"}]";
    private static final String V2 = "[{\"measureId\":\"M1\",\"period\":\"2025-09-01/2026-08-31\",\"group\":\"ALL\","
            + "\"value\":\"10.5\",\"n\":120,\"source\":\"2026 GCSE results\"},"
            + "{\"measureId\":\"M1\",\"institution\":\"urn-138004\",\"period\":\"2025-09-01/2026-08-31\","
            + "\"group\":\"DISADVANTAGED=Y\",\"value\":\"12\",\"n\":-1,\"invited\":40,\"source\":\"survey\"}]";

    @Test
    void adding_an_observation_costs_the_same_storage_however_many_came_before() {
        try (Concordat c = concordat(new InMemoryRecordStore())) {
            for (int i = 0; i < 200; i++) {
                c.observations().record("aire-valley-stem", List.of(observation("M1", String.valueOf(100 + i))));
            }
            assertThat(c.observations().load("aire-valley-stem")).hasSize(200);
            List<VersionInfo> versions = c.store().versions(KEY, 0, RecordStore.MAX_PAGE);
            assertThat(versions).hasSize(200);
            long first = versions.get(0).payloadSize();
            // The first layout's version 200 held 200 observations; now each holds its own only.
            assertThat(versions).allSatisfy(v -> assertThat(v.payloadSize()).isEqualTo(first));
        }
    }

    @Test
    void the_history_still_shows_what_was_known_when() {
        try (InMemoryRecordStore store = new InMemoryRecordStore();
                Concordat c = concordat(store)) {
            c.observations().record("aire-valley-stem", List.of(observation("M1", "1"), observation("M2", "2")));
            c.observations().record("aire-valley-stem", List.of(observation("M3", "3")));
            assertThat(c.observations().load("aire-valley-stem"))
                    .extracting(Observation::measureId)
                    .containsExactly("M1", "M2", "M3");
            // Index terms still name every measure observed, so the latest version finds them all.
            assertThat(store.latest(KEY).orElseThrow().content().indexTerms())
                    .extracting(IndexTerm::value)
                    .containsExactly("M1", "M2", "M3");
        }
    }

    @Test
    void a_store_written_in_the_first_layout_reads_and_takes_new_batches_after_it(@TempDir Path dir) {
        try (FileRecordStore old = FileRecordStore.open(dir)) {
            old.append(KEY, 0, firstLayout(V1, Instant.parse("2026-08-01T09:00:00Z")));
            old.append(KEY, 1, firstLayout(V2, Instant.parse("2026-08-02T09:00:00Z")));
        }
        List<Observation> expected = new ArrayList<>();
        expected.add(observation("M1", "10.5"));
        expected.add(Observation.builder()
                .measureId("M1")
                .institution("urn-138004")
                .period(Period.parse("2025-09-01/2026-08-31"))
                .group(PupilGroup.parse("DISADVANTAGED=Y"))
                .value(new BigDecimal("12"))
                .source("survey")
                .build()
                .withInvited(40));
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            // Version 2 of the old layout holds everything; version 1 is not counted twice.
            assertThat(c.observations().load("aire-valley-stem")).isEqualTo(expected);
            assertThat(c.observations().record("aire-valley-stem", List.of(observation("M2", "7"))))
                    .isEqualTo(3);
        }
        expected.add(observation("M2", "7"));
        try (Concordat c = concordat(FileRecordStore.open(dir))) {
            assertThat(c.observations().load("aire-valley-stem")).isEqualTo(expected);
            assertThat(c.store().version(KEY, 3).orElseThrow().content().schemaVersion())
                    .isEqualTo(2);
        }
    }

    @Test
    void a_version_of_an_unknown_layout_is_refused_by_number_not_misread() {
        try (InMemoryRecordStore store = new InMemoryRecordStore();
                Concordat c = concordat(store)) {
            store.append(
                    KEY,
                    0,
                    RecordDraft.of(
                            3,
                            "application/json",
                            "[]".getBytes(StandardCharsets.UTF_8),
                            Set.of(),
                            "x",
                            clock.instant()));
            assertThatThrownBy(() -> c.observations().load("aire-valley-stem"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("observations/aire-valley-stem version 1 has schema version 3");
        }
    }
}
