package org.concordat.testkit.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.concordat.spi.ReportRenderer;
import org.concordat.spi.report.Paragraph;
import org.concordat.spi.report.ReportDocument;
import org.concordat.testkit.ReportDocuments;
import org.concordat.testkit.contract.ReportRendererContract;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest extends ReportRendererContract {
    /** Characters the renderer itself never writes: each one in the output must come escaped. */
    private static final String ALWAYS_ESCAPED = "<>[]`&!~\\";

    @Override
    protected ReportRenderer renderer() {
        return Defaults.renderer("markdown");
    }

    @Override
    protected void assertWellFormed(byte[] output, ReportDocument document) {
        String md = new String(output, StandardCharsets.UTF_8);
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\\') {
                // An escape: the next character is literal; a backslash at a line end is a hard break.
                i++;
                continue;
            }
            assertThat(ALWAYS_ESCAPED.indexOf(c))
                    .as("unescaped %s at %d in %s", c, i, md)
                    .isNegative();
            assertThat(Character.isISOControl(c) && c != '\n')
                    .as("control character at %d", i)
                    .isFalse();
        }
        for (String line : md.lines().toList()) {
            assertThat(line).doesNotStartWith(" ").doesNotStartWith("\t");
        }
    }

    @Test
    void renders_headings_tables_key_figures_and_footnotes() {
        String md = new String(render(ReportDocuments.sampleDocument()), StandardCharsets.UTF_8);
        assertThat(md)
                .startsWith("# North Tyneside STEM Partnership: action plan\n\n- **Partnership:** NT-STEM-2026\n")
                .contains("## Objectives\n")
                .contains("**Teachers attending CPD:** 42 (Green) — target 40")
                .contains("| School | Pupils | Grade 4+ | Budget | Reviewed |\n| --- | --- | --- | --- | --- |\n")
                .contains("| Bede Academy | 120 | 61.5% | £2,500.00 | 14 February 2027 |")
                .contains("| % | FSM |\n")
                .endsWith("---\n\n- \\* Fewer than 10 pupils: figure withheld.\n\n");
    }

    @Test
    void escapes_text_that_would_become_markup() {
        ReportDocument doc = ReportDocument.builder("t")
                .add(Paragraph.of("# no\n- no\n1. no\n<b>[x](y)</b> | *a* _b_"))
                .build();
        assertThat(new String(render(doc), StandardCharsets.UTF_8))
                .contains("\\# no\\\n\\- no\\\n1\\. no\\\n\\<b\\>\\[x\\](y)\\</b\\> \\| \\*a\\* \\_b\\_\n");
    }
}
