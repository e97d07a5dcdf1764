package org.concordat.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14's real-browser checks: every HTML report kind of every example plan, rendered by the
 * command line and opened in the system's headless Chromium (Debian's {@code chromium}) through
 * Playwright, with browser downloads switched off (docs/decisions/0004). For each page: no console
 * error or uncaught page error; no horizontal overflow in a 1280-pixel window, nor in print on an A4
 * page's printable width; no serious or critical WCAG 2.2 A/AA violation reported by axe-core. A
 * screenshot of each page is left in {@code target/browser-reports/} for a person to look at.
 *
 * <p>Chromium is found at {@code -Dconcordat.chromium=PATH}, else as {@code chromium} or {@code
 * chromium-browser} on the PATH. When it is absent the tests fail and say how to install it ({@code
 * .ci/run} installs it with apt-get); {@code -Dconcordat.browser=skip} skips them instead, saying so.
 */
class BrowserReportsTest {
    /** The widest a report may be: a common laptop window. */
    static final int WINDOW = 1280;

    /** A4's printable width with the reports' 15 mm margins (210 − 30 mm at 96 px per inch). */
    static final int A4_PRINTABLE = (int) Math.floor((210 - 30) / 25.4 * 96);

    private static final Path OUT = Path.of("target", "browser-reports");

    private static Playwright playwright;
    private static Browser browser;

    static Stream<ReportRuns.Report> reports() throws IOException {
        return ReportRuns.eachKind().stream();
    }

    @BeforeAll
    static void launchChromium() throws IOException {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            String message = "Chromium is not installed, so the HTML reports cannot be checked in a real browser."
                    + " Install Debian's chromium (apt-get install chromium; .ci/run does it as root) or pass"
                    + " -Dconcordat.chromium=/path/to/chromium; to skip these checks knowingly, pass"
                    + " -Dconcordat.browser=skip.";
            if ("skip".equals(System.getProperty("concordat.browser"))) {
                Assumptions.abort("Skipped on request (-Dconcordat.browser=skip): " + message);
            }
            fail(message);
        }
        Files.createDirectories(OUT);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium.get())
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void the_report_reads_well_in_a_real_browser(ReportRuns.Report report) throws IOException {
        Cli.Run run = Cli.run(report.args("html"));
        assertThat(run.exit()).as(run.err()).isZero();

        assertThat(problems(report.name(), run.out())).isEmpty();
    }

    @Test
    void the_checks_find_overflow_console_errors_and_accessibility_violations_in_a_bad_page() throws IOException {
        // Proves the checks above can fail: a page with each kind of fault.
        String bad = """
                <!DOCTYPE html><html><head><title>Bad</title></head><body>
                <table><tr><td style="white-space:nowrap">%s</td></tr></table>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <p style="color:#ccc;background:#fff">Too faint to read</p>
                <script>console.error("broken")</script>
                </body></html>
                """.formatted("wide ".repeat(400));

        List<String> problems = problems("canary-bad-page", bad);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("window 1280 px: page:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("A4 print"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("console: broken"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("axe: image-alt (critical)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("axe: color-contrast (serious)"));
    }

    /**
     * Everything wrong with {@code html} in Chromium: console and page errors, overflow at 1280 px
     * and at A4's printable width in print, and serious or critical axe-core violations of WCAG
     * 2.2 A/AA. Leaves the page and a full-page screenshot in {@code target/browser-reports/}.
     */
    private static List<String> problems(String name, String html) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(WINDOW, 800).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    problems.add("console: " + m.text());
                }
            });
            page.onPageError(e -> problems.add("page error: " + e));
            page.navigate(file.toUri().toString());
            page.waitForLoadState();

            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(OUT.resolve(name + ".png"))
                    .setFullPage(true));
            overflow(page).forEach(o -> problems.add("window " + WINDOW + " px: " + o));

            new AxeBuilder(page)
                            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                            .analyze()
                            .getViolations()
                            .stream()
                            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                            .forEach(v -> problems.add(
                                    "axe: " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                            + v.getNodes().stream()
                                                    .map(n -> String.valueOf(n.getTarget()))
                                                    .toList()));

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            page.setViewportSize(A4_PRINTABLE, 1000);
            overflow(page).forEach(o -> problems.add("A4 print, " + A4_PRINTABLE + " px: " + o));
        }
        return problems;
    }

    /** The page's overflow, and every element that sticks out to the right of the window. */
    @SuppressWarnings("unchecked")
    private static List<String> overflow(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const out = [];
                  if (document.documentElement.scrollWidth > width) {
                    out.push('page: ' + document.documentElement.scrollWidth + ' px wide in ' + width);
                  }
                  for (const e of document.body.querySelectorAll('*')) {
                    const r = e.getBoundingClientRect();
                    if (r.right > width + 0.5) {
                      out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                          + ' ends at ' + Math.round(r.right) + ' px: '
                          + (e.textContent || '').trim().slice(0, 60));
                    }
                  }
                  return out.slice(0, 10);
                }
                """);
    }

    /** The system Chromium: {@code -Dconcordat.chromium}, else {@code chromium} or {@code chromium-browser} on the PATH. */
    static Optional<Path> chromium() {
        String given = System.getProperty("concordat.chromium", "");
        if (!given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
