package org.concordat.internal.render;

import java.util.Map;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.ReportRendererProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code csv} renderer ({@link CsvRenderer}). Configuration: {@value #BOM} ({@code
 * false} by default; {@code true} starts the output with a UTF-8 byte order mark for older Excel).
 * Priority -100.
 */
public final class CsvRendererProvider implements ReportRendererProvider {
    /** Configuration key: whether to write a byte order mark. */
    public static final String BOM = "csv.bom";

    /** For {@link java.util.ServiceLoader}. */
    public CsvRendererProvider() {}

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public int priority() {
        return -100;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * A CSV renderer.
     *
     * @throws IllegalArgumentException when {@value #BOM} is neither {@code true} nor {@code false}
     */
    @Override
    public ReportRenderer open(Map<String, String> config) {
        String value = config.getOrDefault(BOM, "false").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(BOM + " \"" + value + "\": must be true or false");
        }
        return new CsvRenderer(Boolean.parseBoolean(value));
    }
}
