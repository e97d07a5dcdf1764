package org.concordat.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's labels test: no report of any example plan, in any format, and no text output of
 * {@code concordat evaluate}, contains the name of an enum constant of the domain (every enum in concordat-core, found by scanning its classes, so a
 * new enum or constant is covered without touching this test).
 *
 * <p>What counts as a report's own words, and what does not:
 *
 * <ul>
 *   <li>Markdown is read with its backslash escapes removed ({@code NO\_DATA} is {@code NO_DATA}).
 *   <li>JSON is read as JSON; every string is checked except the machine fields of the documented
 *       shape (docs/spi.md): {@code format}, {@code type}, {@code kind} (a chart's {@code LINE} or
 *       {@code BAR}), {@code status} (a key figure's RAG code, {@code GREEN} …) and {@code
 *       currency}. Those are codes for programs, like a money cell's pence; every text a person
 *       reads ({@code display}, {@code text}, {@code label}, headings, captions) is checked.
 *   <li>A plan's authors may write an upper-case word that happens to be a constant ("KS3 physics
 *       curriculum design day"): words of the plan's own prose (its text values with a space or a
 *       lower-case letter) are the author's, not the report's, and are allowed where they occur.
 *       The plan's codes ({@code type: CONFERENCE}, {@code DISADVANTAGED=Y}) are not prose and
 *       must never reach a report.
 * </ul>
 */
class NoEnumNamesInReportsTest {
    private static final Set<String> MACHINE_FIELDS = Set.of("format", "type", "kind", "status", "currency");
    private static final List<String> FORMATS = List.of("md", "html", "csv", "json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Map<String, String> constants;
    private static Pattern anyConstant;

    @BeforeAll
    static void findTheDomainEnums() throws URISyntaxException {
        Location core = Location.of(PartnershipPlan.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        constants = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().importLocations(List.of(core))) {
            if (c.isEnum()) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    constants.putIfAbsent(((Enum<?>) constant).name(), c.getName());
                }
            }
        }
        anyConstant = Pattern.compile("(?<![A-Za-z0-9_])("
                + constants.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|"))
                + ")(?![A-Za-z0-9_])");
    }

    @Test
    void the_scan_knows_the_domain_enums() {
        // Guards the scan itself: were the class scan to find nothing, every report would pass.
        assertThat(constants)
                .containsKeys("DISADVANTAGED", "BEFORE_AFTER_NO_COMPARISON", "CHAMPION_MEETING", "ON_TRACK", "NO_DATA")
                .hasSizeGreaterThan(150);
        assertThat(found("pupils DISADVANTAGED=Y", Set.of())).containsExactly("DISADVANTAGED");
        assertThat(found("Status: ON\\_TRACK".replace("\\", ""), Set.of())).containsExactly("ON_TRACK");
        assertThat(found("KS3 physics", Set.of("KS3"))).isEmpty();
    }

    @Test
    void no_report_in_any_format_contains_an_enum_constant_name() throws IOException {
        Map<String, Set<String>> offences = new LinkedHashMap<>();
        int reports = 0;
        for (ReportRuns.Report report : ReportRuns.all()) {
            Set<String> prose = proseWords(report.plan());
            for (String format : FORMATS) {
                Cli.Run run = Cli.run(report.args(format));
                assertThat(run.exit())
                        .as(report.name() + " " + format + ": " + run.err())
                        .isZero();
                reports++;
                Set<String> names = found(readable(format, run.out()), prose);
                if (!names.isEmpty()) {
                    offences.put(report.name() + "." + format, names);
                }
            }
        }
        assertThat(reports).as("reports scanned").isGreaterThan(100);
        assertThat(offences)
                .as("enum constant names in reports (constant → enum: " + owners(offences) + ")")
                .isEmpty();
    }

    @Test
    void the_text_output_of_evaluate_contains_no_enum_constant_name() throws IOException {
        Map<String, Set<String>> offences = new LinkedHashMap<>();
        int findings = 0;
        for (ReportRuns.Report report : ReportRuns.all()) {
            if (!report.kind().equals("evaluation")) {
                continue;
            }
            List<String> args = new ArrayList<>(
                    List.of("evaluate", report.plan().toString(), "--as-of", ReportRuns.AS_OF, "--progress", "none"));
            args.addAll(report.options());
            Cli.Run run = Cli.run(args);
            assertThat(run.exit()).as(report.name() + ": " + run.err()).isZero();
            findings += (int) run.out().lines().filter(l -> l.startsWith("  ")).count();
            Set<String> names = found(run.out(), proseWords(report.plan()));
            if (!names.isEmpty()) {
                offences.put(report.name() + ".txt", names);
            }
        }
        // The example data gives findings of every kind: shown, withheld, no data.
        assertThat(findings).as("findings scanned").isGreaterThan(10);
        assertThat(offences)
                .as("enum constant names in evaluate's text (constant → enum: " + owners(offences) + ")")
                .isEmpty();
    }

    private static Set<String> found(String text, Set<String> allowed) {
        Set<String> names = new TreeSet<>();
        Matcher m = anyConstant.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String owners(Map<String, Set<String>> offences) {
        Map<String, String> owners = new TreeMap<>();
        offences.values().forEach(names -> names.forEach(n -> owners.put(n, constants.get(n))));
        return owners.toString();
    }

    /** The text a person reads in one rendering; see the class description. */
    private static String readable(String format, String out) throws IOException {
        return switch (format) {
            case "md" -> out.replace("\\", "");
            case "json" -> {
                List<String> texts = new ArrayList<>();
                strings(JSON.readTree(out), texts);
                yield String.join("\n", texts);
            }
            default -> out;
        };
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> strings(n, into));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!MACHINE_FIELDS.contains(field.getKey())) {
                    strings(field.getValue(), into);
                }
            }
        }
    }

    /** The upper-case words of the plan's prose: text values with a space or a lower-case letter. */
    private static Set<String> proseWords(Path plan) throws IOException {
        List<String> texts = new ArrayList<>();
        strings(YAML.readTree(plan.toFile()), texts);
        Set<String> words = new TreeSet<>();
        for (String t : texts) {
            if (t.contains(" ") || !t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
                Matcher m = Pattern.compile("[A-Z0-9_]+").matcher(t);
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }
        return words;
    }
}
