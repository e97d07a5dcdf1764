package org.concordat.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.concordat.pdf.internal.PdfRenderer;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.ReportRendererProvider;
import org.concordat.spi.SpiVersion;

/**
 * Provides the {@code pdf} report renderer: tagged PDF (PDF/UA) on A4 pages, numbered "Page n of
 * m", with each table's headings repeated on every page it runs onto, the document's title and
 * language in the file, and the Liberation Sans font (SIL Open Font Licence) (shipped in this jar) embedded, so the file looks
 * the same on every machine and reads aloud in a screen reader. Charts are given as tables of
 * their data.
 *
 * <p>One key is read: {@value #LANGUAGE}, the language of the reports' text as a BCP 47 tag
 * (default {@code en-GB}), for adopters who render reports with Welsh labels, for instance.
 *
 * <p>Priority 100, an ordinary backend's; no embedded renderer has the name {@code pdf}.
 */
public final class PdfRendererProvider implements ReportRendererProvider {
    /** The provider's name, and the renderer's format. */
    public static final String NAME = "pdf";

    /** Configuration key: the language of the text, a BCP 47 tag such as {@code cy-GB}. */
    public static final String LANGUAGE = "pdf.language";

    /** The language used when {@value #LANGUAGE} is not set. */
    public static final String DEFAULT_LANGUAGE = "en-GB";

    /** For {@link java.util.ServiceLoader}. */
    public PdfRendererProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    /** Written against this SPI version (a constant, kept in the compiled class). */
    @Override
    public String spiVersion() {
        return SpiVersion.MAJOR + "." + SpiVersion.MINOR;
    }

    /**
     * A renderer; cheap, and safe to share between threads.
     *
     * @throws IllegalArgumentException when {@value #LANGUAGE} is not a well-formed language tag
     */
    @Override
    public ReportRenderer open(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        String language = config.getOrDefault(LANGUAGE, DEFAULT_LANGUAGE).strip();
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(language).build();
        } catch (java.util.IllformedLocaleException e) {
            throw new IllegalArgumentException(
                    LANGUAGE + " \"" + language + "\": must be a BCP 47 language tag such as en-GB or cy-GB", e);
        }
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException(
                    LANGUAGE + " \"" + language + "\": must name a language, such as en-GB or cy-GB");
        }
        return new PdfRenderer(locale.toLanguageTag());
    }
}
