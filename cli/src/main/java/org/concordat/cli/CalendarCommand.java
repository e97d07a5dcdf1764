package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concordat.calendar.TermCalendar;
import org.concordat.ical.CalendarExport;
import org.concordat.ical.TermDatesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code concordat calendar PLAN [-o FILE.ics] [--term-dates FILE] [--person ID]}: writes the action
 * plan as an iCalendar file to import into a school calendar ({@link CalendarExport}). The file is
 * built in memory first, so a failure writes nothing; {@code -o} replaces its file whole.
 */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "Write the action plan of PLAN as an iCalendar (.ics) file: one all-day event per occurrence of each"
                    + " activity, with UIDs that stay the same from one export to the next, so importing the file"
                    + " again updates the events instead of duplicating them.",
            "Exit 0 when written, 2 when an input cannot be read or the output cannot be written;"
                    + " nothing is written on failure."
        })
final class CalendarCommand implements Callable<Integer> {
    private final Environment env;

    @Mixin
    PlanFileOption plan = new PlanFileOption();

    @Mixin
    OutputOption output = new OutputOption();

    @Option(
            names = "--term-dates",
            paramLabel = "FILE",
            description = "The school's real term dates, one half-term a line (\"2025/26 autumn 1:"
                    + " 2025-09-03/2025-10-24\"); years not given use approximate default dates.")
    Optional<Path> termDates = Optional.empty();

    @Option(
            names = "--person",
            paramLabel = "ID",
            description = "Only the activities the person with this id leads or attends.")
    Optional<String> person = Optional.empty();

    @Option(
            names = "--sequence",
            paramLabel = "N",
            defaultValue = "0",
            description = "The events' SEQUENCE: raise it when re-exporting a changed plan; default: ${DEFAULT-VALUE}.")
    int sequence;

    CalendarCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CalendarExport export = CalendarExport.of(plan.read());
        if (termDates.isPresent()) {
            export = export.withTermCalendar(termCalendar(termDates.get()));
        }
        if (person.isPresent()) {
            try {
                export = export.forPerson(person.get());
            } catch (IllegalArgumentException e) {
                throw new InputException("--person: " + e.getMessage(), e);
            }
        }
        try {
            export = export.withSequence(sequence);
        } catch (IllegalArgumentException e) {
            throw new InputException("--sequence: " + e.getMessage(), e);
        }
        output.write(export.toBytes(), env.out());
        return ExitCode.OK;
    }

    private static TermCalendar termCalendar(Path path) {
        if (Files.isDirectory(path)) {
            throw new InputException(path + ": is a directory, not a term dates file");
        }
        try {
            return TermDatesFile.read(path);
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof NoSuchFileException ? "no such file" : "cannot read";
            throw new InputException(path + ": " + why, e);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
