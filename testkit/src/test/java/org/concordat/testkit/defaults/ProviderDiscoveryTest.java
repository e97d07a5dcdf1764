package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.ProviderSelectionException;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.ReportRendererProvider;
import org.junit.jupiter.api.Test;

class ProviderDiscoveryTest {
    @Test
    void the_embedded_defaults_are_found_through_service_loader() {
        assertThat(Providers.available(RecordStoreProvider.class))
                .extracting(RecordStoreProvider::name)
                .containsExactlyInAnyOrder("file", "memory");
        assertThat(Providers.available(NotifierProvider.class))
                .extracting(NotifierProvider::name)
                .containsExactly("log");
        assertThat(Providers.rendererFormats()).containsExactly("csv", "html", "json", "markdown");
        assertThat(Providers.available(ReportRendererProvider.class))
                .extracting(ReportRendererProvider::name)
                .containsExactlyInAnyOrder("csv", "html", "json", "markdown");
    }

    @Test
    void open_notifiers_opens_each_named_once_and_refuses_a_name_twice() throws Exception {
        Map<String, org.concordat.spi.Notifier> opened =
                Providers.openNotifiers(Map.of(NotifierProvider.SELECTOR, " log "));
        try {
            assertThat(opened).containsOnlyKeys("log");
        } finally {
            for (org.concordat.spi.Notifier n : opened.values()) {
                n.close();
            }
        }
        assertThatThrownBy(() -> Providers.openNotifiers(Map.of(NotifierProvider.SELECTOR, "log,log")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concordat.notifier \"log,log\": expected distinct notifier names separated by commas,"
                        + " e.g. smtp,webhook,log");
    }

    @Test
    void without_a_name_the_file_store_and_log_notifier_are_chosen() {
        assertThat(Providers.recordStoreProvider(Map.of()).name()).isEqualTo("file");
        assertThat(Providers.notifierProvider(Map.of()).name()).isEqualTo("log");
    }

    @Test
    void the_system_property_names_the_store_when_configuration_does_not() {
        System.setProperty(RecordStoreProvider.SELECTOR, "memory");
        try {
            assertThat(Providers.recordStoreProvider(Map.of()).name()).isEqualTo("memory");
            assertThat(Providers.recordStoreProvider(Map.of(RecordStoreProvider.SELECTOR, "file"))
                            .name())
                    .isEqualTo("file");
        } finally {
            System.clearProperty(RecordStoreProvider.SELECTOR);
        }
    }

    @Test
    void an_unknown_name_lists_the_embedded_providers() {
        assertThatThrownBy(() -> Providers.recordStoreProvider(Map.of(RecordStoreProvider.SELECTOR, "postgres")))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("No RecordStoreProvider named \"postgres\"")
                .hasMessageContaining("- file (priority -100, org.concordat.internal.store.FileRecordStoreProvider)")
                .hasMessageContaining("- memory (priority -200");
        assertThatThrownBy(() -> Providers.rendererProvider("pdf"))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("- html (priority -100");
    }

    @Test
    void renderer_options_are_checked() {
        assertThatThrownBy(() -> Providers.rendererProvider("csv").open(Map.of("csv.bom", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("csv.bom \"yes\": must be true or false");
        assertThatThrownBy(() -> Providers.notifierProvider(Map.of()).open(Map.of("log.subject", "maybe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log.subject \"maybe\": must be true or false");
        assertThatThrownBy(() -> Providers.recordStoreProvider(Map.of()).open(Map.of("directory", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directory \" \"");
    }
}
