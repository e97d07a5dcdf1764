package org.concordat.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code concordat} command. {@link #main} exits the JVM with the command's
 * exit code: 0 when no errors were found, 1 when errors were found, 2 when an input (or the
 * command line) could not be read, 3 when Concordat itself failed. docs/cli.md documents every
 * command.
 */
public final class Main {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {}

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // The log notifier and the library log through SLF4J; a command's own output is what the
        // user asked for, so only warnings reach standard error unless they ask for more.
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        System.exit(run(args, Environment.system()));
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
        return commandLine(env).execute(args);
    }

    static CommandLine commandLine(Environment env) {
        CommandLine cl = new CommandLine(new ConcordatCommand(), new Factory(env));
        cl.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine));
        cl.setParameterExceptionHandler(Main::badCommandLine);
        return cl;
    }

    private static int failed(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException || e instanceof OutputException) {
            err.println("concordat: " + e.getMessage());
            err.flush();
            return ExitCode.UNREADABLE;
        }
        err.println("concordat: internal error (please report it with what follows): " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandName() + ": " + InputException.oneLine(String.valueOf(e.getMessage())));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.UNREADABLE;
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
