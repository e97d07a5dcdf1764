package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rulebook lookup as a modular application sees it: core loaded as the named module {@code
 * org.concordat} in a fresh layer, where {@code ServiceLoader} works only because core declares
 * {@code uses org.concordat.rules.RulebookProvider}.
 */
class RulebooksOnModulePathTest {
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

    @Test
    void the_named_core_module_finds_its_rulebooks_through_service_loader() throws Exception {
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
        Configuration configuration = ModuleLayer.boot()
                .configuration()
                .resolve(ModuleFinder.of(modules.toArray(Path[]::new)), ModuleFinder.of(), Set.of("org.concordat"));
        ModuleLayer layer =
                ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Module core = layer.findModule("org.concordat").orElseThrow();
        assertThat(core.getDescriptor().uses()).contains("org.concordat.rules.RulebookProvider");
        assertThat(core.getDescriptor().exports()).anyMatch(e -> e.source().equals("org.concordat.rules"));

        Class<?> rulebooks = core.getClassLoader().loadClass("org.concordat.rules.Rulebooks");
        // ServiceLoader.load(Class) looks through the thread's context class loader, which in a
        // modular application is the one holding the modules; here, the layer's.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        Object names;
        try {
            thread.setContextClassLoader(core.getClassLoader());
            names = rulebooks.getMethod("names").invoke(null);
        } finally {
            thread.setContextClassLoader(before);
        }
        assertThat(names.toString()).isEqualTo("[dfe-guidance, stem-partnership]");
    }
}
