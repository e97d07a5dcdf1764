package org.concordat.examples;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads core (and everything it requires) as named modules in a fresh module layer, so a test
 * sees Concordat as a modular application does: only exported packages, {@code opens} clauses
 * for reflection, and {@code uses}/{@code provides} for {@code ServiceLoader}. Tests otherwise run
 * on the class path, where all of that is invisible.
 */
final class CoreModuleLayer {
    /**
     * A class from each module core needs at run time, to find its jar. When core gains a
     * {@code requires}, add a class of that module here.
     */
    private static final List<String> MODULE_CLASSES = List.of(
            "org.concordat.spi.SpiVersion",
            "org.concordat.internal.base.Checks",
            "de.siegmar.fastcsv.reader.CsvReader",
            "org.slf4j.Logger",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "org.yaml.snakeyaml.Yaml",
            "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module");

    private CoreModuleLayer() {}

    /** A new layer holding {@code org.concordat} and the modules it requires, with one loader. */
    static ModuleLayer load() throws ClassNotFoundException, URISyntaxException {
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
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }
}
