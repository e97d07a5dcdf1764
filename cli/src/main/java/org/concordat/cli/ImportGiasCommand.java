package org.concordat.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.concordat.gias.Establishment;
import org.concordat.gias.FieldChange;
import org.concordat.gias.Gias;
import org.concordat.gias.GiasEncoding;
import org.concordat.gias.GiasFormatException;
import org.concordat.gias.GiasProblem;
import org.concordat.gias.GiasRow;
import org.concordat.gias.InstitutionRefresh;
import org.concordat.io.PlanFormat;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.school.InvalidIdentifierException;
import org.concordat.school.Urn;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concordat import gias GIAS.csv [--urn URN,... | --plan PLAN]}: reads a GIAS "all
 * establishment data" extract; prints chosen establishments as plan institutions, or refreshes a
 * plan's institutions by URN and reports every difference. Exits 0 when every row read and every
 * institution was found, 1 when a row had a problem or an institution was not found, 2 when the
 * file (or the plan) cannot be read. Nothing is written on {@code --dry-run}, nor when the file
 * cannot be read.
 */
@Command(
        name = "gias",
        mixinStandardHelpOptions = true,
        description = {
            "Read a GIAS establishment extract (edubasealldataYYYYMMDD.csv).",
            "With --urn, print those establishments as plan institutions; with --plan, refresh the plan's"
                    + " institutions by URN and report every difference (the plan is rewritten unless --dry-run).",
            "Exit 0 when clean, 1 when a row had a problem or a URN was not found, 2 when the file cannot be read."
        })
final class ImportGiasCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(index = "0", paramLabel = "GIAS.csv", description = "The GIAS extract.")
    Path file;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(
                names = "--urn",
                paramLabel = "URN",
                split = ",",
                required = true,
                description = "Print these establishments as plan-format institutions.")
        List<String> urns = new ArrayList<>();

        @Option(
                names = "--plan",
                paramLabel = "PLAN",
                required = true,
                description = "Refresh this plan's institutions by URN.")
        Optional<Path> plan = Optional.empty();
    }

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    // With --urn, text prints the institutions as YAML.
    @Mixin
    FormatOption format = new FormatOption();

    @Option(
            names = "--encoding",
            paramLabel = "ENCODING",
            defaultValue = "detect",
            description = "detect (UTF-8 after a byte-order mark, else Windows-1252), windows-1252 or utf-8;"
                    + " default: ${DEFAULT-VALUE}.",
            converter = EncodingConverter.class)
    GiasEncoding encoding = GiasEncoding.DETECT;

    @Mixin
    OutputOption output = new OutputOption();

    ImportGiasCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PartnershipPlan plan = null;
        TreeSet<Urn> wanted = new TreeSet<>();
        if (target != null && target.plan.isPresent()) {
            plan = PlanInput.read(target.plan.get());
            for (Institution i : plan.institutions()) {
                i.urn().ifPresent(wanted::add);
            }
        } else if (target != null) {
            for (String u : target.urns) {
                try {
                    wanted.add(Urn.parse(u.strip()));
                } catch (InvalidIdentifierException e) {
                    throw new InputException("--urn: " + e.getMessage(), e);
                }
            }
        }
        Scan scan = scan(wanted);
        boolean problems = !scan.refused.isEmpty();
        for (GiasRow.Refused r : scan.refused) {
            env.err()
                    .println(InputException.oneLine(file + ":" + r.line() + ": URN \"" + r.urn() + "\": "
                            + String.join(
                                    "; ",
                                    r.problems().stream()
                                            .map(GiasProblem::toString)
                                            .toList())));
        }
        if (plan != null) {
            return refresh(plan, scan) || problems ? ExitCode.ERRORS_FOUND : ExitCode.OK;
        }
        if (target != null) {
            return print(wanted, scan) || problems ? ExitCode.ERRORS_FOUND : ExitCode.OK;
        }
        byte[] summary = (file + ": " + scan.read + " establishments read, " + scan.refused.size()
                        + " rows with problems\n")
                .getBytes(StandardCharsets.UTF_8);
        write(summary);
        return problems ? ExitCode.ERRORS_FOUND : ExitCode.OK;
    }

    /** Reads every row, keeping the wanted establishments (all problems are kept for the report). */
    private Scan scan(java.util.SortedSet<Urn> wanted) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, not a GIAS extract");
        }
        Scan scan = new Scan();
        try (Stream<GiasRow> rows = Gias.read(file, encoding)) {
            rows.forEach(row -> {
                if (row instanceof GiasRow.Read read) {
                    scan.read++;
                    Establishment e = read.establishment();
                    if (wanted.contains(e.urn())) {
                        scan.found.putIfAbsent(e.urn(), read);
                    }
                } else if (row instanceof GiasRow.Refused refused) {
                    scan.refused.add(refused);
                }
            });
        } catch (GiasFormatException e) {
            throw new InputException(
                    file + ":" + (e.line() > 0 ? e.line() + ": " : " ")
                            + e.getMessage().replaceFirst("^line \\d+: ", ""),
                    e);
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            throw new InputException(
                    file + ": cannot read: "
                            + (cause instanceof NoSuchFileException
                                    ? "no such file"
                                    : String.valueOf(cause.getMessage())),
                    e);
        }
        return scan;
    }

    private boolean print(java.util.SortedSet<Urn> wanted, Scan scan) {
        List<Institution> institutions = new ArrayList<>();
        boolean missing = false;
        for (Urn urn : wanted) {
            GiasRow.Read row = scan.found.get(urn);
            if (row == null) {
                missing = true;
                env.err().println("concordat: " + file + ": URN " + urn + ": not found" + refusedNote(scan, urn));
            } else {
                institutions.add(InstitutionRefresh.toInstitution(row.establishment()));
            }
        }
        String text = Plans.institutionsAs(format.json() ? PlanFormat.JSON : PlanFormat.YAML, institutions);
        write((text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8));
        return missing;
    }

    private boolean refresh(PartnershipPlan plan, Scan scan) {
        List<EntryJson> report = new ArrayList<>();
        List<Institution> updated = new ArrayList<>();
        boolean problems = false;
        boolean changed = false;
        for (Institution i : plan.institutions()) {
            if (i.urn().isEmpty()) {
                updated.add(i);
                continue;
            }
            Urn urn = i.urn().get();
            GiasRow.Read row = scan.found.get(urn);
            if (row == null) {
                problems = true;
                report.add(new EntryJson(
                        urn.toString(),
                        i.id(),
                        i.name(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of("not found in " + file + refusedNote(scan, urn))));
                updated.add(i);
            } else {
                InstitutionRefresh.Refreshed r = InstitutionRefresh.refresh(i, row.establishment());
                report.add(new EntryJson(
                        urn.toString(),
                        i.id(),
                        r.institution().name(),
                        Optional.of(row.establishment().status().giasName()),
                        Optional.of(row.line()),
                        r.changes().stream().map(ChangeJson::of).toList(),
                        List.of()));
                changed |= !r.changes().isEmpty();
                updated.add(r.institution());
            }
        }
        byte[] out = format.json() ? Json.bytes(report) : text(report);
        if (!dryRun && changed) {
            Path planFile = target.plan.get();
            PartnershipPlan next =
                    PartnershipPlan.builder().from(plan).institutions(updated).build();
            String written = PlanFormat.of(planFile) == PlanFormat.JSON ? Plans.toJson(next) : Plans.toYaml(next);
            Output.writeAtomically(planFile, written.getBytes(StandardCharsets.UTF_8));
        }
        write(out);
        return problems;
    }

    /**
     * An institution's entry in the JSON report, fields in the documented order: no status when its
     * URN was not found, and the GIAS line only when it was.
     */
    record EntryJson(
            String urn,
            String id,
            String name,
            Optional<String> status,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Long> line,
            List<ChangeJson> changes,
            List<String> problems) {}

    /** A field the refresh changed: the old and new values, null when there was or is none. */
    record ChangeJson(String field, Optional<String> from, Optional<String> to) {
        static ChangeJson of(FieldChange c) {
            return new ChangeJson(c.field(), c.from(), c.to());
        }
    }

    private byte[] text(List<EntryJson> report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int changed = 0;
        for (EntryJson e : report) {
            out.printf(
                    "%s %s (%s)%s%n",
                    e.urn(),
                    e.name(),
                    e.id(),
                    e.status()
                            .map(s -> ": " + s + (e.changes().isEmpty() ? ", unchanged" : ""))
                            .orElse(""));
            for (ChangeJson c : e.changes()) {
                out.printf("  %s: %s -> %s%n", c.field(), c.from().orElse("(none)"), c.to().orElse("(none)"));
            }
            for (String p : e.problems()) {
                out.printf("  problem: %s%n", p);
            }
            changed += e.changes().isEmpty() ? 0 : 1;
        }
        out.printf(
                "%d institutions checked, %d changed; %s%n",
                report.size(),
                changed,
                dryRun ? "dry run: nothing written" : changed == 0 ? "plan unchanged" : "plan rewritten");
        return bytes.toByteArray();
    }

    private String refusedNote(Scan scan, Urn urn) {
        for (GiasRow.Refused r : scan.refused) {
            if (r.urn().equals(urn.toString())) {
                return " (its row on line " + r.line() + " has problems)";
            }
        }
        return "";
    }

    private void write(byte[] content) {
        if (output.toFile()) {
            Output.writeAtomically(output.file.get(), content);
        } else if (format.json()) {
            Output.write(Optional.empty(), content, env.out());
        } else {
            Output.writeText(content, env.out());
        }
    }

    private static final class Scan {
        long read;
        final Map<Urn, GiasRow.Read> found = new TreeMap<>();
        final List<GiasRow.Refused> refused = new ArrayList<>();
    }

    /** Reads {@code --encoding}. */
    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<GiasEncoding> {
        @Override
        public GiasEncoding convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "detect" -> GiasEncoding.DETECT;
                case "windows-1252", "cp1252" -> GiasEncoding.WINDOWS_1252;
                case "utf-8", "utf8" -> GiasEncoding.UTF_8;
                default ->
                    throw new picocli.CommandLine.TypeConversionException(
                            "\"" + value + "\": expected detect, windows-1252 or utf-8");
            };
        }
    }
}
