package org.concordat.internal.render;

import java.util.Map;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.ReportRendererProvider;
import org.concordat.spi.SpiVersion;

/** Provides the {@code markdown} renderer ({@link MarkdownRenderer}); takes no configuration. Priority -100. */
public final class MarkdownRendererProvider implements ReportRendererProvider {
    /** For {@link java.util.ServiceLoader}. */
    public MarkdownRendererProvider() {}

    @Override
    public String name() {
        return "markdown";
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

    @Override
    public ReportRenderer open(Map<String, String> config) {
        return new MarkdownRenderer();
    }
}
