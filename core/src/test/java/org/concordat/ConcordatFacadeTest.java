package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.concordat.Fixtures.CollectingNotifier;
import org.concordat.Fixtures.HandClock;
import org.concordat.internal.notify.LogNotifier;
import org.concordat.internal.store.FileRecordStore;
import org.concordat.internal.store.InMemoryRecordStore;
import org.concordat.rules.Rulebooks;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordatFacadeTest {
    @Test
    void discovers_the_store_named_in_configuration_and_the_log_notifier() {
        try (Concordat c = Concordat.open(Map.of("concordat.store", "memory"))) {
            assertThat(c.store()).isInstanceOf(InMemoryRecordStore.class);
            assertThat(c.notifier()).isInstanceOf(LogNotifier.class);
            assertThat(c.formats()).contains("csv", "html", "json", "markdown");
        }
    }

    @Test
    void opens_the_file_store_in_the_configured_directory(@TempDir Path dir) {
        try (Concordat c = Concordat.open(Map.of("concordat.store", "file", "directory", dir.toString()))) {
            assertThat(c.store()).isInstanceOf(FileRecordStore.class);
            c.plans().create(Fixtures.example());
        }
        try (Concordat c = Concordat.open(Map.of("concordat.store", "file", "directory", dir.toString()))) {
            assertThat(c.plans().ids()).containsExactly("aire-valley-stem");
        }
    }

    @Test
    void an_unknown_store_name_fails_listing_what_was_found() {
        assertThatThrownBy(() -> Concordat.open(Map.of("concordat.store", "postgres")))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("postgres")
                .hasMessageContaining("memory")
                .hasMessageContaining("file");
    }

    @Test
    void a_renderer_given_explicitly_wins_over_discovery() {
        ReportRenderer mine = new ReportRenderer() {
            @Override
            public String format() {
                return "html";
            }

            @Override
            public String mediaType() {
                return "text/html";
            }

            @Override
            public String fileExtension() {
                return "html";
            }

            @Override
            public void render(ReportDocument document, OutputStream out) throws java.io.IOException {
                out.write("mine".getBytes(StandardCharsets.UTF_8));
            }
        };
        try (Concordat c = Concordat.builder()
                .store(new InMemoryRecordStore())
                .notifier(new CollectingNotifier())
                .renderer(mine)
                .build()) {
            ReportDocument doc = ReportDocument.builder("t").build();
            assertThat(new String(c.render(doc, "HTML"), StandardCharsets.UTF_8))
                    .isEqualTo("mine");
            assertThat(new String(c.render(doc, "markdown"), StandardCharsets.UTF_8))
                    .contains("t");
            assertThatThrownBy(() -> c.render(doc, "pdf")).isInstanceOf(ProviderSelectionException.class);
        }
    }

    @Test
    void a_required_rulebook_refuses_a_plan_with_errors_and_stores_nothing() {
        try (Concordat c = Concordat.builder()
                .store(new InMemoryRecordStore())
                .notifier(new CollectingNotifier())
                .clock(new HandClock(Instant.parse("2025-09-10T10:00:00Z")))
                .requireRulebook(Rulebooks.dfeGuidance())
                .build()) {
            var broken = Fixtures.example().withAgreement(Optional.empty());

            assertThatThrownBy(() -> c.plans().create(broken))
                    .isInstanceOfSatisfying(PlanRejectedException.class, e -> {
                        assertThat(e.partnershipId()).isEqualTo("aire-valley-stem");
                        assertThat(e.violations()).isNotEmpty().allMatch(v -> v.isError());
                        assertThat(e.report().rulebook()).isEqualTo("dfe-guidance");
                    })
                    .hasMessageContaining("plan \"aire-valley-stem\": not saved, rulebook dfe-guidance found");
            assertThat(c.plans().ids()).isEmpty();

            assertThat(c.plans().create(Fixtures.example()).version()).isEqualTo(1);
        }
    }

    @Test
    void refuses_to_read_a_plan_written_in_a_newer_schema() {
        InMemoryRecordStore store = new InMemoryRecordStore();
        store.append(
                org.concordat.spi.RecordKey.of("plan", "future"),
                0,
                org.concordat.spi.RecordDraft.of(
                        99, "application/json", new byte[0], java.util.Set.of(), "someone", Instant.EPOCH));
        try (Concordat c = Concordat.builder()
                .store(store)
                .notifier(new CollectingNotifier())
                .build()) {
            assertThatThrownBy(() -> c.plans().load("future"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("record plan/future version 1: written in plan schema 99");
        }
    }

    @Test
    void closing_closes_the_store_it_holds(@TempDir Path dir) throws Exception {
        Concordat c = Concordat.open(Map.of("concordat.store", "file", "directory", dir.toString()));
        c.close();
        // the directory lock is released, so a second store opens
        try (FileRecordStore again = FileRecordStore.open(dir)) {
            assertThat(Files.isDirectory(dir)).isTrue();
            assertThat(again.keys("plan")).isEmpty();
        }
    }
}
