package org.concordat.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.concordat.io.PlanFormatException;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;

/** Reads plan files for the commands, turning every way a read can fail into one line. */
final class PlanInput {
    private PlanInput() {}

    /**
     * The plan in {@code file}, as given on the command line.
     *
     * @throws InputException naming the file, and for a document the codec refuses the line,
     *     column and field (JSON Pointer), e.g. {@code plans/a.yaml:12:7: /institutions/2/urn: URN
     *     "12345": must be 6 digits}
     */
    static PartnershipPlan read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, not a plan file");
        }
        try {
            return Plans.read(file);
        } catch (PlanFormatException e) {
            throw new InputException(located(file, e), e);
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": cannot read: " + reason(e), e);
        } catch (IllegalArgumentException e) {
            // Plans refuses a file whose extension names no format.
            throw new InputException(e.getMessage() == null ? file + ": cannot read" : e.getMessage(), e);
        }
    }

    /** {@code FILE:LINE:COLUMN: POINTER: DETAIL}, with the path as the user gave it. */
    static String located(Path file, PlanFormatException e) {
        String pointer = e.pointer().isEmpty() ? "/" : e.pointer();
        return file + ":" + e.line() + ":" + e.column() + ": " + pointer + ": " + e.detail();
    }

    private static String reason(UncheckedIOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = cause == null ? e.getMessage() : cause.getMessage();
        return message == null ? cause == null ? "I/O error" : cause.getClass().getSimpleName() : message;
    }
}
