package org.concordat.testkit.defaults;

import java.util.Map;
import org.concordat.spi.Notifier;
import org.concordat.spi.NotifierProvider;
import org.concordat.spi.Providers;
import org.concordat.spi.RecordStore;
import org.concordat.spi.RecordStoreProvider;
import org.concordat.spi.ReportRenderer;

/** Opens the embedded defaults the way adopters do: through ServiceLoader and Providers, by name. */
final class Defaults {
    private Defaults() {}

    static RecordStore store(String name, Map<String, String> config) {
        Map<String, String> all = new java.util.HashMap<>(config);
        all.put(RecordStoreProvider.SELECTOR, name);
        return Providers.openRecordStore(all);
    }

    static Notifier notifier(Map<String, String> config) {
        Map<String, String> all = new java.util.HashMap<>(config);
        all.put(NotifierProvider.SELECTOR, "log");
        return Providers.openNotifier(all);
    }

    static ReportRenderer renderer(String format) {
        return Providers.rendererProvider(format).open(Map.of());
    }
}
