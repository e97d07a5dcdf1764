package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookProviderClashTest {
    @Test
    void a_provider_may_not_take_a_built_in_name(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve(RulebookProvider.class.getName()), ClashingRulebookProvider.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            assertThatThrownBy(Rulebooks::names)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("rulebook \"dfe-guidance\": contributed by org.concordat.rules.ClashingRulebookProvider"
                            + " but already built in; give one of them another name or remove a provider from the"
                            + " path");
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
