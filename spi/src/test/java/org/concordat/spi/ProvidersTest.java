package org.concordat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvidersTest {
    record Fake(String name, int priority) implements RecordStoreProvider {
        @Override
        public RecordStore open(Map<String, String> config) {
            throw new UnsupportedOperationException();
        }
    }

    private static Providers.Discovery<RecordStoreProvider> found(RecordStoreProvider... providers) {
        return Providers.Discovery.of(List.of(providers));
    }

    private static RecordStoreProvider select(Optional<String> name, Providers.Discovery<RecordStoreProvider> found) {
        return Providers.select(RecordStoreProvider.class, name, found, RecordStoreProvider.SELECTOR);
    }

    @Test
    void picks_the_highest_priority_without_a_name() {
        Fake file = new Fake("file", -100);
        Fake postgres = new Fake("postgres", 100);
        assertThat(select(Optional.empty(), found(file, postgres))).isSameAs(postgres);
    }

    @Test
    void an_explicit_name_wins_over_priority_ignoring_case() {
        Fake file = new Fake("file", -100);
        Fake postgres = new Fake("postgres", 100);
        assertThat(select(Optional.of("FILE"), found(file, postgres))).isSameAs(file);
    }

    @Test
    void among_providers_of_the_asked_name_the_highest_priority_wins() {
        Fake plain = new Fake("html", -100);
        Fake fancy = new Fake("html", 50);
        assertThat(select(Optional.of("html"), found(plain, fancy))).isSameAs(fancy);
    }

    @Test
    void a_tie_at_the_top_without_a_name_lists_the_candidates_and_how_to_choose() {
        assertThatThrownBy(() -> select(Optional.empty(), found(new Fake("a", 5), new Fake("b", 5), new Fake("c", 1))))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("Several RecordStoreProviders share the highest priority 5")
                .hasMessageContaining("- a (priority 5, " + Fake.class.getName() + ")")
                .hasMessageContaining("- b (priority 5")
                .hasMessageContaining("- c (priority 1")
                .hasMessageContaining("-Dconcordat.store=NAME");
    }

    @Test
    void an_unknown_name_lists_what_was_found() {
        assertThatThrownBy(() -> select(Optional.of("postgres"), found(new Fake("file", -100))))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("No RecordStoreProvider named \"postgres\" was found.")
                .hasMessageContaining("- file (priority -100");
    }

    @Test
    void nothing_found_says_how_to_register_a_provider() {
        Providers.Discovery<RecordStoreProvider> none =
                new Providers.Discovery<>(List.of(), List.of("Provider x.Broken could not be instantiated"));
        assertThatThrownBy(() -> select(Optional.empty(), none))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("No RecordStoreProvider was found.")
                .hasMessageContaining("META-INF/services/org.concordat.spi.RecordStoreProvider")
                .hasMessageContaining("provides org.concordat.spi.RecordStoreProvider with")
                .hasMessageContaining("failed to load: Provider x.Broken could not be instantiated");
    }

    @Test
    void the_configuration_key_wins_over_the_system_property() {
        String key = "concordat.test.selector";
        System.setProperty(key, "from-property");
        try {
            assertThat(Providers.explicitName(key, Map.of(key, " from-config ")))
                    .contains("from-config");
            assertThat(Providers.explicitName(key, Map.of(key, " "))).contains("from-property");
            assertThat(Providers.explicitName(key, Map.of())).contains("from-property");
        } finally {
            System.clearProperty(key);
        }
        assertThat(Providers.explicitName(key, Map.of())).isEmpty();
    }

    @Test
    void discovery_finds_nothing_in_the_spi_alone() {
        assertThat(Providers.discover(NotifierProvider.class).providers()).isEmpty();
        assertThat(Providers.rendererFormats()).isEmpty();
        assertThatThrownBy(() -> Providers.rendererProvider("html"))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("No ReportRendererProvider named \"html\"");
        assertThatThrownBy(() -> Providers.openRecordStore(Map.of())).isInstanceOf(ProviderSelectionException.class);
        assertThatThrownBy(() -> Providers.openNotifier(Map.of())).isInstanceOf(ProviderSelectionException.class);
    }
}
