package org.concordat.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {
    @Test
    void replaces_lone_surrogates_and_keeps_pairs() {
        assertThat(RenderText.wellFormed("a\uD83C\uDF93b")).isEqualTo("a\uD83C\uDF93b");
        assertThat(RenderText.wellFormed("a\uD800b\uDC00")).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(RenderText.wellFormed("\uD83C\uDF93\uD800")).isEqualTo("\uD83C\uDF93\uFFFD");
        assertThat(RenderText.wellFormed("end\uD83C")).isEqualTo("end\uFFFD");
    }

    @Test
    void html_escapes_markup_quotes_and_control_characters() {
        assertThat(Html.escape("<a href=\"x\">T&C's</a>\u0000\u0007\tx\r\ny"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;T&amp;C&#39;s&lt;/a&gt;\uFFFD\uFFFD\tx\ny");
        assertThat(Html.escapeLines("a\nb")).isEqualTo("a<br>\nb");
    }

    @Test
    void csv_neutralises_text_that_a_spreadsheet_would_evaluate() {
        assertThat(CsvRenderer.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvRenderer.text("+1")).isEqualTo("'+1");
        assertThat(CsvRenderer.text("-1")).isEqualTo("'-1");
        assertThat(CsvRenderer.text("@x")).isEqualTo("'@x");
        assertThat(CsvRenderer.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvRenderer.text("\rx")).isEqualTo("'\rx");
        assertThat(CsvRenderer.text("a=b")).isEqualTo("a=b");
        assertThat(CsvRenderer.text("")).isEmpty();
    }

    @Test
    void markdown_escapes_metacharacters_and_line_starting_marks() {
        assertThat(MarkdownRenderer.inline("<b>*x*</b> | [a](b)")).isEqualTo("\\<b\\>\\*x\\*\\</b\\> \\| \\[a\\](b)");
        assertThat(MarkdownRenderer.inline("- 1. fine inside a line")).isEqualTo("- 1. fine inside a line");
        assertThat(MarkdownRenderer.leading("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownRenderer.leading("12) not a list")).isEqualTo("12\\) not a list");
        assertThat(MarkdownRenderer.paragraph("one\n\n  # two")).isEqualTo("one\\\n\\# two");
    }
}
