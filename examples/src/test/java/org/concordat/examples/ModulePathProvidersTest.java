package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded defaults as a modular application sees them: core and spi loaded as named modules
 * in a fresh module layer, providers found only through core's {@code provides} clauses (tests
 * otherwise run on the class path, where {@code META-INF/services} does the work).
 */
class ModulePathProvidersTest {
    private static ModuleLayer layer;

    @BeforeAll
    static void loadCoreAsANamedModule() throws Exception {
        layer = CoreModuleLayer.load();
    }

    private static List<String> providerNames(String service) throws Exception {
        Class<?> type = layer.findLoader("org.concordat.spi").loadClass(service);
        Method name = type.getMethod("name");
        List<String> names = new ArrayList<>();
        for (Object provider : ServiceLoader.load(layer, type)) {
            assertThat(provider.getClass().getModule().getName()).isEqualTo("org.concordat");
            names.add((String) name.invoke(provider));
        }
        return names;
    }

    @Test
    void core_provides_its_stores_notifier_and_renderers_on_the_module_path() throws Exception {
        assertThat(providerNames("org.concordat.spi.RecordStoreProvider")).containsExactly("file", "memory");
        assertThat(providerNames("org.concordat.spi.NotifierProvider")).containsExactly("log");
        assertThat(providerNames("org.concordat.spi.ReportRendererProvider"))
                .containsExactly("markdown", "html", "csv", "json");
    }

    @Test
    void the_implementation_packages_stay_unexported() {
        Module core = layer.findModule("org.concordat").orElseThrow();
        assertThat(core.getDescriptor().exports()).noneMatch(e -> e.source().startsWith("org.concordat.internal"));
        assertThat(core.getDescriptor().uses())
                .contains(
                        "org.concordat.spi.RecordStoreProvider",
                        "org.concordat.spi.NotifierProvider",
                        "org.concordat.spi.ReportRendererProvider");
    }
}
