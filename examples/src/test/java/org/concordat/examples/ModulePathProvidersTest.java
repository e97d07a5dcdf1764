package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded defaults as a modular application sees them: core and spi loaded as named modules
 * in a fresh module layer, providers found only through core's {@code provides} clauses (tests
 * otherwise run on the class path, where {@code META-INF/services} does the work).
 */
class ModulePathProvidersTest {
    private static ModuleLayer layer;

    /** A class from each module core needs at run time, to find its jar (tests run on the class path). */
    private static final List<String> MODULE_CLASSES = List.of(
            "org.concordat.spi.SpiVersion",
            "org.concordat.internal.Checks",
            "com.google.common.base.Preconditions",
            "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "de.siegmar.fastcsv.reader.CsvReader",
            "org.slf4j.Logger",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "org.yaml.snakeyaml.Yaml",
            "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module");

    @BeforeAll
    static void loadCoreAsANamedModule() throws Exception {
        List<Path> modules = new ArrayList<>();
        for (String name : MODULE_CLASSES) {
            Path location = Path.of(Class.forName(name)
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!modules.contains(location)) {
                modules.add(location);
            }
        }
        ModuleFinder finder = ModuleFinder.of(modules.toArray(Path[]::new));
        Configuration configuration =
                ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("org.concordat"));
        layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
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
