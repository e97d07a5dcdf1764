package org.concordat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.ctf.Ctf;
import org.concordat.ctf.CtfFormatException;
import org.concordat.ctf.CtfOptions;
import org.concordat.ctf.CtfProblem;
import org.concordat.ctf.CtfPupil;
import org.concordat.ctf.CtfReader;
import org.concordat.ctf.OutcomeRule;
import org.concordat.ctf.PupilKey;
import org.concordat.evaluation.pupils.PupilCsv;
import org.concordat.evaluation.pupils.PupilRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concordat import ctf CTF.xml... --key-file FILE}: turns Common Transfer Files (one per
 * school) into one pseudonymised pupil CSV in the layout {@code evaluate --pupils} reads. A pupil
 * that cannot be read, and both rows of a pupil id seen twice in one academic year, are left out
 * and reported by file and line (never by UPN or name): exit 1. A file that cannot be read at all
 * stops the command before anything is written: exit 2. Nothing is written on {@code --dry-run}.
 */
@Command(
        name = "ctf",
        mixinStandardHelpOptions = true,
        description = {
            "Read Common Transfer Files (CTF 17 or later, one per school) into one pseudonymised pupil CSV"
                    + " (the layout 'evaluate --pupils' reads).",
            "Pupil ids are keyed pseudonyms of the UPN; names, dates of birth, addresses and contacts are never"
                    + " written anywhere.",
            "The report goes to standard output when the CSV goes to a file (-o) or nowhere (--dry-run), else to"
                    + " standard error.",
            "Exit 0 when clean, 1 when a pupil was left out, 2 when a file or the key cannot be read."
        })
final class ImportCtfCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CTF.xml", description = "The CTF files.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            required = true,
            description = "The pupil key (make one with 'concordat key new FILE').")
    Path keyFile;

    @Option(
            names = "--census-date",
            paramLabel = "DATE",
            description = "The date FSM, SEN and the academic year are taken on (YYYY-MM-DD); default: each"
                    + " file's export date (its header DateTime).")
    Optional<LocalDate> censusDate = Optional.empty();

    @Option(
            names = "--outcome",
            paramLabel = "RULE",
            description = "MEASURE=STAGE/SUBJECT/COMPONENT/QUALIFIER: the latest matching assessment result becomes"
                    + " column outcome:MEASURE, e.g. mtc=KS2/MAT/MTC/MT. Repeat for more measures.")
    List<String> outcomes = new ArrayList<>();

    /** Where the pupil CSV goes. */
    @Mixin
    OutputOption output = new OutputOption();

    @Option(names = "--dry-run", description = "Read and report; write no CSV.")
    boolean dryRun;

    /** The report's format. */
    @Mixin
    FormatOption format = new FormatOption();

    ImportCtfCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CtfOptions options = options();
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(read(file, options));
        }
        List<Problem> problems = new ArrayList<>();
        List<PupilRecord> kept = duplicatesLeftOut(sources, problems);
        for (Source s : sources) {
            for (CtfPupil.Refused r : s.refused) {
                problems.add(new Problem(
                        s.file,
                        r.line(),
                        r.problems().stream().map(CtfProblem::toString).toList()));
            }
        }
        problems.sort(java.util.Comparator.comparing((Problem p) -> files.indexOf(p.file))
                .thenComparingLong(p -> p.line));
        for (Problem p : problems) {
            env.err().println(InputException.oneLine(p.file + ":" + p.line + ": " + String.join("; ", p.what)));
        }
        StringBuilder csv = new StringBuilder();
        PupilCsv.write(
                csv, options.outcomes().stream().map(OutcomeRule::measureId).toList(), kept);
        byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        boolean csvToStdout = !dryRun && !output.toFile();
        if (!dryRun) {
            output.write(csvBytes, env.out());
        }
        byte[] report =
                format.json() ? Json.bytes(json(sources, problems, kept.size())) : text(sources, problems, kept.size());
        PrintStream reportTo = csvToStdout ? env.err() : env.out();
        if (format.json()) {
            Output.write(Optional.empty(), report, reportTo);
        } else {
            Output.writeText(report, reportTo);
        }
        return problems.isEmpty() ? ExitCode.OK : ExitCode.ERRORS_FOUND;
    }

    private CtfOptions options() {
        PupilKey key;
        try {
            key = PupilKey.read(keyFile);
        } catch (UncheckedIOException e) {
            throw new InputException(
                    "--key-file " + keyFile + ": cannot read: "
                            + (e.getCause() instanceof NoSuchFileException
                                    ? "no such file (make one with 'concordat key new FILE')"
                                    : String.valueOf(e.getCause().getMessage())),
                    e);
        } catch (IllegalArgumentException e) {
            throw new InputException("--key-file " + e.getMessage(), e);
        }
        List<OutcomeRule> rules = new ArrayList<>();
        try {
            for (String o : outcomes) {
                rules.add(OutcomeRule.parse(o));
            }
            CtfOptions options = CtfOptions.of(key).withOutcomes(rules);
            return censusDate.map(options::withCensusDate).orElse(options);
        } catch (IllegalArgumentException e) {
            throw new InputException("--outcome: " + e.getMessage(), e);
        }
    }

    /** Reads one file whole; a file that cannot be read stops the command (exit 2, nothing written). */
    private Source read(Path file, CtfOptions options) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, not a CTF");
        }
        Source source = new Source(file);
        try (CtfReader reader = Ctf.open(file, options)) {
            source.institution = reader.institutionId();
            source.academicYear = reader.academicYear().toString();
            source.version = reader.version();
            while (reader.hasNext()) {
                CtfPupil p = reader.next();
                if (p instanceof CtfPupil.Read read) {
                    source.read.add(read);
                } else if (p instanceof CtfPupil.Refused refused) {
                    source.refused.add(refused);
                }
            }
        } catch (CtfFormatException e) {
            String where = e.line() > 0 ? e.line() + ":" + (e.column() > 0 ? e.column() + ":" : "") + " " : " ";
            throw new InputException(
                    file + ":" + where + e.getMessage().replaceFirst("^line \\d+(, column \\d+)?: ", "")
                            + " (nothing written)",
                    e);
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            throw new InputException(
                    file + ": cannot read: "
                            + (cause instanceof NoSuchFileException
                                    ? "no such file"
                                    : String.valueOf(cause.getMessage()))
                            + " (nothing written)",
                    e);
        }
        return source;
    }

    /**
     * The records to write: all read, except both of any pupil id seen twice in one academic year
     * (the same UPN in two files, or twice in one), each reported with the other's file and line.
     */
    private List<PupilRecord> duplicatesLeftOut(List<Source> sources, List<Problem> problems) {
        Map<String, List<Seen>> byId = new HashMap<>();
        for (Source s : sources) {
            for (CtfPupil.Read r : s.read) {
                String key = r.record().academicYear() + " " + r.record().pupilId();
                byId.computeIfAbsent(key, k -> new ArrayList<>()).add(new Seen(s.file, r.line()));
            }
        }
        List<PupilRecord> kept = new ArrayList<>();
        for (Source s : sources) {
            for (CtfPupil.Read r : s.read) {
                List<Seen> seen =
                        byId.get(r.record().academicYear() + " " + r.record().pupilId());
                if (seen.size() == 1) {
                    kept.add(r.record());
                    continue;
                }
                List<String> others = seen.stream()
                        .filter(o -> !(o.file.equals(s.file) && o.line == r.line()))
                        .map(o -> o.file + ":" + o.line)
                        .toList();
                s.duplicates++;
                problems.add(new Problem(
                        s.file,
                        r.line(),
                        List.of("UPN: the same pupil appears again in "
                                + r.record().academicYear() + " at " + String.join(", ", others)
                                + "; every appearance is left out")));
            }
        }
        return kept;
    }

    private byte[] text(List<Source> sources, List<Problem> problems, int written) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        for (Source s : sources) {
            out.printf(
                    "%s: CTF %d, %s, %s: %d pupils read, %d left out%n",
                    s.file,
                    s.version,
                    s.institution,
                    s.academicYear,
                    s.read.size() - s.duplicates,
                    s.refused.size() + s.duplicates);
        }
        out.printf(
                "%d pupils from %d files; %d left out; %s%n",
                written,
                sources.size(),
                problems.size(),
                dryRun
                        ? "dry run: nothing written"
                        : output.file.map(o -> "written to " + o).orElse("written to standard output"));
        return bytes.toByteArray();
    }

    private ReportJson json(List<Source> sources, List<Problem> problems, int written) {
        return new ReportJson(
                sources.stream()
                        .map(s -> new FileJson(
                                s.file.toString(),
                                s.version,
                                s.institution,
                                s.academicYear,
                                s.read.size() - s.duplicates,
                                s.refused.size() + s.duplicates))
                        .toList(),
                written,
                problems.stream()
                        .map(p -> new ProblemJson(p.file.toString(), p.line, p.what))
                        .toList(),
                dryRun
                        ? Optional.empty()
                        : Optional.of(output.file.map(Path::toString).orElse("-")));
    }

    /** The JSON report, fields in the documented order; {@code written} is null on a dry run. */
    record ReportJson(List<FileJson> files, int pupils, List<ProblemJson> problems, Optional<String> written) {}

    /** A CTF file's line in the JSON report. */
    record FileJson(String file, int version, String institution, String academicYear, int read, int leftOut) {}

    /** A pupil left out, in the JSON report: the file, the line and what is wrong (no pupil data). */
    record ProblemJson(String file, long line, List<String> problems) {}

    private static final class Source {
        final Path file;
        String institution = "";
        String academicYear = "";
        int version;
        int duplicates;
        final List<CtfPupil.Read> read = new ArrayList<>();
        final List<CtfPupil.Refused> refused = new ArrayList<>();

        Source(Path file) {
            this.file = file;
        }
    }

    private record Seen(Path file, long line) {}

    private record Problem(Path file, long line, List<String> what) {}
}
