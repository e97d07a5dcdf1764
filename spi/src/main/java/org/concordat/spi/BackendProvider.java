package org.concordat.spi;

import java.util.Map;

/**
 * What every provider of a backend offers {@link Providers}: a name to choose it by, a priority to
 * choose it without a name, and a way to open the backend from configuration. Implementations need
 * a public no-argument constructor and are registered for {@link java.util.ServiceLoader} under
 * their provider interface ({@link RecordStoreProvider}, {@link NotifierProvider}, {@link
 * ReportRendererProvider}), never under this one.
 *
 * @param <B> the backend opened
 */
public interface BackendProvider<B> {
    /**
     * The name to choose this provider by, lowercase letters, digits and {@code -}, e.g. {@code
     * file}, {@code postgres}. Unique among providers of the same interface.
     */
    String name();

    /**
     * Preference when no name is given: the highest wins. Concordat's embedded defaults use
     * negative priorities, so any backend with priority 0 or more wins over them; use 100 for an
     * ordinary backend.
     */
    int priority();

    /**
     * The version of these contracts this provider was written against, {@code major.minor}: {@link
     * Providers} never chooses a provider whose version this Concordat's {@link SpiVersion} does not
     * {@link SpiVersion#supports support}, and says so when it is asked for by name. Declare it as
     *
     * <pre>{@code
     * public String spiVersion() {
     *     return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
     * }
     * }</pre>
     *
     * which is a constant expression, so the compiled provider keeps the version it was built
     * against whatever Concordat it later runs on. A provider that does not declare one is taken to
     * be written against 1.0, the first version.
     */
    default String spiVersion() {
        return "1.0";
    }

    /**
     * Opens the backend. Keys the provider does not know are ignored, so one configuration can serve
     * several providers.
     *
     * @param config settings such as {@code directory} or {@code url}; never null, may be empty
     * @throws IllegalArgumentException when a setting is malformed, naming the key and the value
     * @throws java.io.UncheckedIOException when the backend cannot be reached or opened
     */
    B open(Map<String, String> config);
}
