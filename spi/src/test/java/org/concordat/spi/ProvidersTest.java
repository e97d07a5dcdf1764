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

    /** A provider that declares the SPI version it was written against. */
    record Declaring(String name, int priority, String spiVersion) implements RecordStoreProvider {
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
    void a_provider_written_for_another_major_version_is_refused_by_name_saying_why() {
        Declaring future = new Declaring("postgres", 100, "2.0");
        assertThatThrownBy(() -> select(Optional.of("postgres"), found(future, new Fake("file", -100))))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("RecordStoreProvider \"postgres\" cannot be used")
                .hasMessageContaining(Declaring.class.getName() + " was written for Concordat SPI 2.0")
                .hasMessageContaining("this Concordat's SPI is " + SpiVersion.asString())
                .hasMessageContaining("written for SPI 2.0: not usable here")
                .hasMessageContaining("- file (priority -100");
    }

    @Test
    void without_a_name_an_incompatible_provider_is_passed_over_for_a_usable_one() {
        Fake file = new Fake("file", -100);
        Declaring newer = new Declaring("postgres", 100, SpiVersion.MAJOR + "." + (SpiVersion.MINOR + 1));
        Declaring current = new Declaring("jdbc", 50, SpiVersion.asString());
        assertThat(select(Optional.empty(), found(file, newer))).isSameAs(file);
        assertThat(select(Optional.empty(), found(file, newer, current))).isSameAs(current);
        assertThatThrownBy(() -> select(Optional.empty(), found(new Declaring("odd", 1, "one"))))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("The only RecordStoreProvider found cannot be used")
                .hasMessageContaining("written for Concordat SPI one");
    }

    @Test
    void a_provider_that_declares_nothing_is_taken_as_written_for_1_0() {
        assertThat(new Fake("file", 1).spiVersion()).isEqualTo("1.0");
        Fake file = new Fake("file", 1);
        assertThat(select(Optional.of("file"), found(file))).isSameAs(file);
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
