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
import org.junit.jupiter.api.Test;

/**
 * The mail and webhook notifiers as a modular application sees them: their jars, the SPI and the
 * mail libraries loaded as named modules in a fresh layer (no core), each notifier found only
 * through its module's {@code provides} clause, its implementation package unexported.
 */
class NotifierBackendsOnModulePathTest {
    /** A class from each module the two notifiers need at run time, to find its jar. */
    private static final List<String> MODULE_CLASSES = List.of(
            "org.concordat.spi.SpiVersion",
            "org.concordat.mail.SmtpNotifierProvider",
            "org.concordat.webhook.WebhookNotifierProvider",
            "jakarta.mail.Session",
            "org.eclipse.angus.mail.smtp.SMTPTransport",
            "jakarta.activation.DataHandler",
            "org.eclipse.angus.activation.MimeTypeFile");

    private static ModuleLayer layer() throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String name : MODULE_CLASSES) {
            Path jar = Path.of(Class.forName(name)
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!jars.contains(jar)) {
                jars.add(jar);
            }
        }
        Configuration configuration = ModuleLayer.boot()
                .configuration()
                .resolveAndBind(
                        ModuleFinder.of(jars.toArray(Path[]::new)),
                        ModuleFinder.of(),
                        Set.of("org.concordat.mail", "org.concordat.webhook"));
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void each_notifier_is_provided_by_its_own_module_with_its_internals_unexported() throws Exception {
        ModuleLayer layer = layer();
        Class<?> type = layer.findLoader("org.concordat.spi").loadClass("org.concordat.spi.NotifierProvider");
        Method name = type.getMethod("name");
        List<String> found = new ArrayList<>();
        for (Object provider : ServiceLoader.load(layer, type)) {
            found.add(provider.getClass().getModule().getName() + ":" + name.invoke(provider));
        }
        assertThat(found).containsExactlyInAnyOrder("org.concordat.mail:smtp", "org.concordat.webhook:webhook");
        for (String module : List.of("org.concordat.mail", "org.concordat.webhook")) {
            assertThat(layer.findModule(module).orElseThrow().getDescriptor().exports())
                    .extracting(e -> e.source())
                    .containsExactly(module);
        }
    }
}
