package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.ReportDocument;
import org.concordat.testkit.Choices;
import org.concordat.testkit.ReportDocuments;
import org.concordat.testkit.contract.ReportRendererContract;
import org.junit.jupiter.api.Test;

class HtmlRendererTest extends ReportRendererContract {
    /** Every tag the renderer writes; anything else would have come from a text. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z!][a-zA-Z0-9]*)");

    private static final List<String> OWN_TAGS = List.of(
            "!DOCTYPE",
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "dl",
            "dt",
            "dd",
            "main",
            "section",
            "p",
            "br",
            "ul",
            "li",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "div",
            "span",
            "figure",
            "figcaption",
            "svg",
            "line",
            "text",
            "rect",
            "polyline",
            "circle",
            "footer");

    @Override
    protected ReportRenderer renderer() {
        return Defaults.renderer("html");
    }

    @Override
    protected List<String> mustNotAppearVerbatim() {
        return List.of("<script", "<img", "<svg onload", "</td></tr></table><h1>", "<!--", "<![cdata[");
    }

    @Override
    protected void assertWellFormed(byte[] output, ReportDocument document) {
        String html = new String(output, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            assertThat(OWN_TAGS).contains(m.group(2));
        }
        // Text cannot hold a raw < or >, so every <...> is a tag the renderer wrote.
        Matcher tags = Pattern.compile("<[^>]*>").matcher(html);
        while (tags.find()) {
            // Attribute values hold escaped text (no raw quote), so drop them before looking at names.
            String names = tags.group().replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(names).doesNotContain(" src=", " href=", " on", "url(");
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void no_text_adds_a_tag_bracket_to_the_page() {
        for (long seed = 0; seed < 200; seed++) {
            ReportDocument doc = ReportDocuments.document(Choices.seeded(seed));
            if (Documents.anyTextContains(doc, "\uE000")) {
                continue;
            }
            String original = new String(render(doc), StandardCharsets.UTF_8);
            String blanked = new String(
                    render(Documents.mapText(doc, t -> t.replace('<', '\uE000').replace('>', '\uE000'))),
                    StandardCharsets.UTF_8);
            assertThat(count(original, '<')).as("seed %d", seed).isEqualTo(count(blanked, '<'));
            assertThat(count(original, '>')).as("seed %d", seed).isEqualTo(count(blanked, '>'));
        }
    }

    @Test
    void is_one_page_with_a_print_stylesheet_and_no_external_resources() {
        String html = new String(render(ReportDocuments.sampleDocument()), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<meta charset=\"utf-8\">")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("@media print")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<polyline")
                .contains("<caption>Attainment by school</caption>")
                .contains("<td class=\"num\">£2,500.00</td>")
                .contains("<td class=\"suppressed\">*</td>")
                .contains("<span class=\"rag\">Green</span>")
                .contains("<dt>*</dt><dd>Fewer than 10 pupils: figure withheld.</dd>");
    }

    @Test
    void escapes_markup_in_text() {
        ReportDocument doc = ReportDocument.builder("<b>T&C's \"x\"</b>").build();
        assertThat(new String(render(doc), StandardCharsets.UTF_8))
                .contains("<h1>&lt;b&gt;T&amp;C&#39;s &quot;x&quot;&lt;/b&gt;</h1>");
    }
}
