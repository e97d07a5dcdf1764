package org.concordat.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The entry point of the {@code concordat} command. {@link #main} exits the JVM with the command's
 * exit code: 0 when no errors were found, 1 when errors were found, 2 when an input (or the
 * command line) could not be read, 3 when Concordat itself failed. docs/cli.md documents every
 * command.
 */
public final class Main {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    // Built before they are needed: when the heap is exhausted, concatenating may fail too.
    private static final String OUT_OF_MEMORY = "concordat: internal error: out of memory (Java heap space);"
            + " an input may be too large for the memory Java was given (raise it with -Xmx in"
            + " CONCORDAT_JAVA_OPTS), or Concordat has a bug: please report it with the command line";
    private static final String STACK_OVERFLOW = "concordat: internal error: stack overflow;"
            + " an input may be nested too deeply, or Concordat has a bug: please report it with the command line";
    private static final String OUT_OF_MEMORY_OR_WORSE = "concordat: internal error: the Java virtual machine"
            + " failed (out of memory or worse); please report it with the command line";

    private Main() {}

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // The log notifier and the library log through SLF4J; a command's own output is what the
        // user asked for, so only warnings reach standard error unless they ask for more.
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        int exit;
        try {
            exit = run(args, Environment.system());
        } catch (Throwable e) {
            // run handles every failure; this is the last guard, so that nothing (an error thrown
            // while reporting an error, a class missing from a broken jar) ends the JVM with the
            // JVM's own exit code 1, "errors found".
            exit = internalError(e, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        }
        System.exit(exit);
    }

    /**
     * Runs the command with {@code args}, writing to {@code out} and {@code err}, and returns the
     * exit code instead of exiting (for embedding and tests). Progress is reported as periodic
     * lines, never as a bar, since {@code err} is not known to be a terminal.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Environment(out, err, false, System::nanoTime));
    }

    static int run(String[] args, Environment env) {
        return execute(commandLine(env), args);
    }

    /**
     * Runs {@code cl} on {@code args}: what every run goes through, so that an error outside
     * picocli's handlers (an {@link OutOfMemoryError} while printing one) still ends in {@link
     * ExitCode#INTERNAL} with a message.
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (VirtualMachineError | LinkageError e) {
            return internalError(e, cl.getErr());
        }
    }

    static CommandLine commandLine(Environment env) {
        CommandLine cl = new CommandLine(new ConcordatCommand(), new Factory(env));
        // Registered here, not in ConcordatCommand's list, so that branches adding commands merge cleanly.
        cl.addSubcommand(ImportCommand.class);
        cl.addSubcommand(KeyCommand.class);
        cl.addSubcommand(CalendarCommand.class);
        cl.addSubcommand(NotifyCommand.class);
        cl.addSubcommand(UpdatesCommand.class);
        cl.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine));
        cl.setParameterExceptionHandler(Main::badCommandLine);
        cl.registerConverter(LocalDate.class, Main::date);
        return cl;
    }

    private static int failed(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException || e instanceof OutputException) {
            err.println("concordat: " + e.getMessage());
            err.flush();
            return ExitCode.UNREADABLE;
        }
        // picocli wraps an Error thrown by a command in its ExecutionException.
        Throwable failure = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return internalError(failure, err);
    }

    /**
     * Reports a failure of Concordat itself: one line saying what happened, then (except for the
     * errors that mean the JVM ran out of memory or stack, whose traces say nothing useful and may
     * not fit) the stack trace to report.
     */
    static int internalError(Throwable e, PrintWriter err) {
        if (e instanceof OutOfMemoryError) {
            err.println(OUT_OF_MEMORY);
        } else if (e instanceof StackOverflowError) {
            err.println(STACK_OVERFLOW);
        } else if (e instanceof VirtualMachineError) {
            err.println(OUT_OF_MEMORY_OR_WORSE);
        } else {
            err.println("concordat: internal error (please report it with what follows): "
                    + Terminal.printable(String.valueOf(e)));
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(Terminal.printable(trace.toString(), true));
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * A wrong command line in one line: the problem, any suggestion, and where to read more. The
     * words the user typed are quoted back with control characters escaped.
     */
    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        StringBuilder line = new StringBuilder(cl.getCommandSpec().qualifiedName())
                .append(": ")
                .append(String.valueOf(e.getMessage()));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            line.append("; did you mean ")
                    .append(String.join(" or ", unmatched.getSuggestions()))
                    .append('?');
        }
        line.append(" (try '").append(cl.getCommandSpec().qualifiedName()).append(" --help')");
        err.println(InputException.oneLine(line.toString()));
        err.flush();
        return ExitCode.UNREADABLE;
    }

    /**
     * A date option ({@code --as-of}): {@code YYYY-MM-DD} between the years 1900 and 2199, so that
     * date arithmetic on it (academic years, terms, trajectories) cannot overflow.
     */
    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a date: write YYYY-MM-DD");
        }
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            throw new CommandLine.TypeConversionException(
                    "\"" + text + "\": must be between 1900-01-01 and 2199-12-31");
        }
        return date;
    }

    /** Gives each command the environment, when its constructor asks for it. */
    private static final class Factory implements CommandLine.IFactory {
        private final Environment env;

        Factory(Environment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Constructor<K> withEnv;
            try {
                withEnv = cls.getDeclaredConstructor(Environment.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            try {
                return withEnv.newInstance(env);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause instanceof Exception ex ? ex : e;
            }
        }
    }
}
