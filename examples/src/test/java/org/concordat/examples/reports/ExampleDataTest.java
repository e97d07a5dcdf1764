package org.concordat.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evaluation command the README and getting-started give a new user, run as written on the
 * example data: the report has findings, a chart, a gap and a withheld figure, and no pupil-level
 * data.
 */
class ExampleDataTest {
    private static final Pattern COMMAND = Pattern.compile(
            "^\\./concordat report examples/plans/first-plan\\.yaml --kind evaluation .*$", Pattern.MULTILINE);

    /** The one evaluation command on the page, split into arguments (it has no quoted ones). */
    private static List<String> command(String page) throws IOException {
        String text = Files.readString(Cli.ROOT.resolve(page), StandardCharsets.UTF_8);
        Matcher m = COMMAND.matcher(text);
        assertThat(m.find())
                .as(page + " gives the evaluation command on the example data")
                .isTrue();
        List<String> words = new ArrayList<>(Arrays.asList(m.group().strip().split("\\s+")));
        assertThat(words.remove(0)).isEqualTo("./concordat");
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/getting-started.md"})
    void the_first_evaluation_has_findings_a_chart_a_gap_and_a_withheld_figure(String page) throws IOException {
        List<String> args = command(page);
        assertThat(args).contains("examples/data/observations.csv", "examples/data/pupils.csv");
        int o = args.indexOf("-o");
        Path html = Cli.ROOT.resolve(args.get(o + 1));
        Files.deleteIfExists(html);

        Cli.Run run = Cli.run(args);

        assertThat(run.exit()).as(run.err()).isZero();
        String report = Files.readString(html, StandardCharsets.UTF_8);
        // findings: each objective's table has rows, judged in words
        assertThat(report).contains("<caption>Findings for O1</caption>", "<caption>Findings for O2</caption>");
        assertThat(report).containsPattern("<td>(On track|Target achieved|At risk|Off track)</td>");
        // a chart per measure with a compared value, drawn, with its data as a text alternative
        assertThat(report).contains("<figure class=\"chart\">", "<svg ", "<table class=\"chart-data\">");
        // a gap between disadvantaged pupils and the others, with its change since the baseline year
        assertThat(report).contains("<h2>Gaps between pupil groups</h2>");
        assertThat(report).containsPattern("<td>Disadvantaged pupils</td><td class=\"num\">-?\\d+\\.\\d+</td>");
        // a withheld figure, explained
        assertThat(report).contains("<td class=\"suppressed\">c</td>", "<dt>c</dt>");
        // no pupil-level data: no pupil id from the records
        assertThat(report).doesNotContain("ex-2425-", "ex-2526-");
    }
}
