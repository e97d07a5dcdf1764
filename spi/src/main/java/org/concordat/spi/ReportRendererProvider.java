package org.concordat.spi;

/**
 * Opens a {@link ReportRenderer}; the provider's {@link #name()} is the format's name ({@code
 * html}, {@code csv}, …), so several renderer providers are present at once and one is chosen per
 * format. A backend can replace an embedded renderer by offering the same name with a higher
 * priority. Register an implementation in {@code
 * META-INF/services/org.concordat.spi.ReportRendererProvider} and with {@code provides
 * org.concordat.spi.ReportRendererProvider with ...} in {@code module-info.java}.
 */
public interface ReportRendererProvider extends BackendProvider<ReportRenderer> {}
