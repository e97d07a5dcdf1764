package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rulebook lookup as a modular application sees it: core loaded as the named module {@code
 * org.concordat} in a fresh layer, where {@code ServiceLoader} works only because core declares
 * {@code uses org.concordat.rules.RulebookProvider}.
 */
class RulebooksOnModulePathTest {

    @Test
    void the_named_core_module_finds_its_rulebooks_through_service_loader() throws Exception {
        ModuleLayer layer = CoreModuleLayer.load();
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
