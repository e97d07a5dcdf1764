package org.concordat.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds backend providers with {@link ServiceLoader} (class path {@code META-INF/services} and
 * module path {@code provides}) and chooses one, in the manner of SLF4J 2's provider binding and
 * {@code java.sql.DriverManager}:
 *
 * <ol>
 *   <li>a name given explicitly wins: the configuration key ({@value RecordStoreProvider#SELECTOR}
 *       or {@value NotifierProvider#SELECTOR}) when present, else the system property of the same
 *       name; when several providers share that name the highest priority among them wins;
 *   <li>without a name, the provider with the highest {@link BackendProvider#priority()} wins;
 *   <li>when nothing fits, or several providers share the highest priority and none was named, a
 *       {@link ProviderSelectionException} lists every provider found (name, priority, class),
 *       every provider that failed to load, and how to choose.
 * </ol>
 *
 * <p>Names are compared ignoring case. Discovery uses the thread's context class loader, as
 * {@link ServiceLoader#load(Class)} does.
 */
public final class Providers {
    private Providers() {}

    /**
     * Chooses the record store provider, named by {@code config} or the system property {@value
     * RecordStoreProvider#SELECTOR}, else by priority.
     *
     * @throws ProviderSelectionException when none fits or the choice is ambiguous
     */
    public static RecordStoreProvider recordStoreProvider(Map<String, String> config) {
        return select(
                RecordStoreProvider.class,
                explicitName(RecordStoreProvider.SELECTOR, config),
                discover(RecordStoreProvider.class),
                RecordStoreProvider.SELECTOR);
    }

    /**
     * Chooses the record store provider as {@link #recordStoreProvider} does and opens it with
     * {@code config}.
     *
     * @throws ProviderSelectionException when none fits or the choice is ambiguous
     */
    public static RecordStore openRecordStore(Map<String, String> config) {
        return recordStoreProvider(config).open(config);
    }

    /**
     * Chooses the notifier provider, named by {@code config} or the system property {@value
     * NotifierProvider#SELECTOR}, else by priority.
     *
     * @throws ProviderSelectionException when none fits or the choice is ambiguous
     */
    public static NotifierProvider notifierProvider(Map<String, String> config) {
        return select(
                NotifierProvider.class,
                explicitName(NotifierProvider.SELECTOR, config),
                discover(NotifierProvider.class),
                NotifierProvider.SELECTOR);
    }

    /**
     * Chooses the notifier provider as {@link #notifierProvider} does and opens it with {@code
     * config}.
     *
     * @throws ProviderSelectionException when none fits or the choice is ambiguous
     */
    public static Notifier openNotifier(Map<String, String> config) {
        return notifierProvider(config).open(config);
    }

    /**
     * Opens the notifiers named by {@value NotifierProvider#SELECTOR} (configuration, else system
     * property): a comma-separated list opens each, e.g. {@code smtp,webhook,log}, each chosen as
     * {@link #notifierProvider} chooses a named one and opened with {@code config}; none named opens
     * the one {@link #notifierProvider} chooses. On failure those already opened are closed.
     *
     * @return the notifiers opened, by the name asked for (or the provider's name), in order
     * @throws IllegalArgumentException when the list names one notifier twice or has an empty name
     * @throws ProviderSelectionException when a name fits no provider or the choice is ambiguous
     */
    public static Map<String, Notifier> openNotifiers(Map<String, String> config) {
        Map<String, Notifier> opened = new LinkedHashMap<>();
        Optional<String> named = explicitName(NotifierProvider.SELECTOR, config);
        try {
            if (named.isEmpty()) {
                NotifierProvider provider = notifierProvider(config);
                opened.put(provider.name(), provider.open(config));
                return opened;
            }
            for (String part : named.get().split(",", -1)) {
                String name = part.strip();
                if (name.isEmpty() || opened.containsKey(name)) {
                    throw new IllegalArgumentException(NotifierProvider.SELECTOR + " \"" + named.get()
                            + "\": expected distinct notifier names separated by commas, e.g. smtp,webhook,log");
                }
                Map<String, String> one = new LinkedHashMap<>(config);
                one.put(NotifierProvider.SELECTOR, name);
                opened.put(name, notifierProvider(one).open(one));
            }
            return opened;
        } catch (RuntimeException e) {
            opened.values().forEach(n -> {
                try {
                    n.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            });
            throw e;
        }
    }

    /**
     * Chooses the renderer for {@code format} (e.g. {@code html}): among the providers of that name,
     * the highest priority.
     *
     * @throws ProviderSelectionException when no provider offers the format, or two share the top
     *     priority
     */
    public static ReportRendererProvider rendererProvider(String format) {
        Objects.requireNonNull(format, "format");
        return select(ReportRendererProvider.class, Optional.of(format), discover(ReportRendererProvider.class), "");
    }

    /**
     * The formats every renderer provider found offers, each once, sorted.
     */
    public static List<String> rendererFormats() {
        return discover(ReportRendererProvider.class).providers().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Every provider of {@code type} that {@link ServiceLoader} finds, in its order; one that fails
     * to load is left out (the refusals of the choosing methods list it). {@code type} must be one
     * of {@link RecordStoreProvider}, {@link NotifierProvider} or {@link ReportRendererProvider}.
     */
    public static <P extends BackendProvider<?>> List<P> available(Class<P> type) {
        return discover(type).providers();
    }

    /**
     * Every provider of {@code type} that {@link ServiceLoader} finds, in its order, and a line for
     * each one that failed to load. {@code type} must be one of {@link RecordStoreProvider}, {@link
     * NotifierProvider} or {@link ReportRendererProvider} (the services this module {@code uses}).
     */
    static <P extends BackendProvider<?>> Discovery<P> discover(Class<P> type) {
        Objects.requireNonNull(type, "type");
        List<P> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<P> it = ServiceLoader.load(type).iterator();
        // A broken provider (missing class, failing constructor) must not hide the others.
        while (failures.size() < 100) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                failures.add(String.valueOf(e.getMessage()));
            }
        }
        return new Discovery<>(found, failures);
    }

    /**
     * Chooses among {@code found} by the rules in the class description.
     *
     * @param type the provider interface, for messages
     * @param name the name asked for, if any
     * @param found what discovery found
     * @param selector the configuration key and system property that name a provider of this type,
     *     for messages; empty when there is none
     * @throws ProviderSelectionException when none fits or the choice is ambiguous
     */
    static <P extends BackendProvider<?>> P select(
            Class<P> type, Optional<String> name, Discovery<? extends P> found, String selector) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(selector, "selector");
        List<P> candidates = new ArrayList<>();
        List<P> incompatible = new ArrayList<>();
        for (P p : found.providers()) {
            if (name.isEmpty() || p.name().equalsIgnoreCase(name.get().strip())) {
                (SpiVersion.supports(p.spiVersion()) ? candidates : incompatible).add(p);
            }
        }
        String kind = type.getSimpleName();
        if (candidates.isEmpty() && !incompatible.isEmpty()) {
            P first = incompatible.get(0);
            String what = name.map(n -> kind + " \"" + n + "\"").orElse("The only " + kind + " found");
            throw new ProviderSelectionException(
                    what + " cannot be used: " + first.getClass().getName()
                            + " was written for Concordat SPI " + first.spiVersion() + ", and this Concordat's SPI is "
                            + SpiVersion.asString() + " (it runs providers written for " + SpiVersion.MAJOR
                            + ".0 to " + SpiVersion.asString() + "). Use a release of the provider built for SPI "
                            + SpiVersion.MAJOR + ".x, or a Concordat whose SPI supports " + first.spiVersion() + "."
                            + describe(found));
        }
        if (candidates.isEmpty()) {
            String what = name.map(n -> "No " + kind + " named \"" + n + "\" was found.")
                    .orElse("No " + kind + " was found.");
            throw new ProviderSelectionException(what
                    + describe(found)
                    + howToChoose(type, selector, found.providers().isEmpty()));
        }
        candidates.sort(Comparator.comparingInt((P p) -> p.priority()).reversed());
        P best = candidates.get(0);
        if (candidates.size() > 1 && candidates.get(1).priority() == best.priority()) {
            String what = name.map(n -> "Several " + kind + "s named \"" + n + "\"")
                            .orElse("Several " + kind + "s") + " share the highest priority " + best.priority() + ".";
            throw new ProviderSelectionException(what + describe(found) + howToChoose(type, selector, false));
        }
        return best;
    }

    /**
     * The provider name asked for: the configuration value of {@code selector} when not blank, else
     * the system property of that name when not blank.
     */
    static Optional<String> explicitName(String selector, Map<String, String> config) {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(config, "config");
        String configured = config.get(selector);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip());
        }
        String property = System.getProperty(selector);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.strip());
        }
        return Optional.empty();
    }

    private static String describe(Discovery<?> found) {
        StringBuilder out = new StringBuilder();
        if (found.providers().isEmpty()) {
            out.append(" No provider of this kind is on the class path or module path.");
        } else {
            out.append(" Found:");
            Map<String, String> lines = new LinkedHashMap<>();
            for (BackendProvider<?> p : found.providers()) {
                lines.put(
                        p.getClass().getName() + "#" + p.name(),
                        "\n  - " + p.name() + " (priority " + p.priority() + ", "
                                + p.getClass().getName()
                                + (SpiVersion.supports(p.spiVersion())
                                        ? ""
                                        : ", written for SPI " + p.spiVersion() + ": not usable here")
                                + ")");
            }
            lines.values().forEach(out::append);
        }
        for (String failure : found.failures()) {
            out.append("\n  ! failed to load: ").append(failure);
        }
        return out.toString();
    }

    private static String howToChoose(Class<?> type, String selector, boolean noneFound) {
        StringBuilder out = new StringBuilder("\n");
        if (!selector.isEmpty()) {
            out.append("Choose one by name with the configuration key ")
                    .append(selector)
                    .append("=NAME or the system property -D")
                    .append(selector)
                    .append("=NAME. ");
        } else {
            out.append("Ask for one of the names found. ");
        }
        if (noneFound || selector.isEmpty()) {
            out.append("To add a provider, put a jar on the class path that lists it in META-INF/services/")
                    .append(type.getName())
                    .append(", or on the module path with `provides ")
                    .append(type.getName())
                    .append(" with ...`.");
        } else {
            out.append("Or give one provider a higher priority.");
        }
        return out.toString();
    }

    /**
     * What {@link #discover} found: the providers, in discovery order, and a message for each one
     * that failed to load.
     *
     * @param providers the providers loaded
     * @param failures why others failed to load
     * @param <P> the provider interface
     */
    record Discovery<P extends BackendProvider<?>>(List<P> providers, List<String> failures) {
        /** Copies both lists. */
        Discovery {
            providers = List.copyOf(Objects.requireNonNull(providers, "providers"));
            failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
        }

        /** A discovery of the given providers with no failures, e.g. for tests or a fixed set. */
        static <P extends BackendProvider<?>> Discovery<P> of(List<P> providers) {
            return new Discovery<>(providers, List.of());
        }
    }
}
