package org.concordat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordat.spi.BackendProvider;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.ReportRendererProvider;
import org.concordat.spi.SpiVersion;
import org.junit.jupiter.api.Test;

/** Core's embedded providers declare the SPI version they are built against: this one. */
class BuiltInProvidersTest {
    @Test
    void every_embedded_provider_declares_the_current_spi_version() {
        List<BackendProvider<?>> all = new java.util.ArrayList<>();
        all.addAll(Providers.available(RecordStoreProvider.class));
        all.addAll(Providers.available(NotifierProvider.class));
        all.addAll(Providers.available(ReportRendererProvider.class));
        assertThat(all).extracting(BackendProvider::name).contains("memory", "file", "log", "html", "json");
        assertThat(all).allSatisfy(p -> assertThat(p.spiVersion()).as(p.name()).isEqualTo(SpiVersion.asString()));
    }
}
