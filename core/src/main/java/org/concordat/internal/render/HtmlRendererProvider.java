package org.concordat.internal.render;

import java.util.Map;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.ReportRendererProvider;

/** Provides the {@code html} renderer ({@link HtmlRenderer}); takes no configuration. Priority -100. */
public final class HtmlRendererProvider implements ReportRendererProvider {
    /** For {@link java.util.ServiceLoader}. */
    public HtmlRendererProvider() {}

    @Override
    public String name() {
        return "html";
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public ReportRenderer open(Map<String, String> config) {
        return new HtmlRenderer();
    }
}
