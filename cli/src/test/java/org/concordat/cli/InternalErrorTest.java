package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Failures of Concordat itself end with exit 3 and a message saying so, whether they are
 * exceptions or the errors that mean the JVM ran out of memory or stack (which picocli's handlers
 * would otherwise let reach the JVM, exiting 1, the code for "errors found").
 */
class InternalErrorTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Asks for an array larger than any heap: a real OutOfMemoryError, allocated nothing. */
    @Command(name = "oom")
    static final class Oom implements Callable<Integer> {
        @Override
        public Integer call() {
            long[] huge = new long[Integer.MAX_VALUE];
            return huge.length;
        }
    }

    /** Recurses without end: a real StackOverflowError. */
    @Command(name = "deep")
    static final class Deep implements Callable<Integer> {
        @Override
        public Integer call() {
            return depth(0);
        }

        @SuppressWarnings("InfiniteRecursion") // on purpose: the test needs a real StackOverflowError
        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    /** A bug: an exception no input explains, with a control character in its message. */
    @Command(name = "bug")
    static final class Bug implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("bug \u001b[2J here");
        }
    }

    private int run(String command) {
        Environment env = new Environment(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                System::nanoTime);
        CommandLine cl = Main.commandLine(env);
        cl.addSubcommand(new Oom());
        cl.addSubcommand(new Deep());
        cl.addSubcommand(new Bug());
        // Subcommands added later do not inherit the writers set on the command line before.
        cl.setErr(new PrintWriter(env.err(), true, StandardCharsets.UTF_8));
        return Main.execute(cl, new String[] {command});
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void out_of_memory_exits_3_with_a_message_saying_so() {
        assertThat(run("oom")).isEqualTo(ExitCode.INTERNAL);
        assertThat(err())
                .startsWith("concordat: internal error: out of memory")
                .contains("-Xmx")
                .hasLineCount(1);
        assertThat(out.size()).isZero();
    }

    @Test
    void stack_overflow_exits_3_with_a_message_saying_so() {
        assertThat(run("deep")).isEqualTo(ExitCode.INTERNAL);
        assertThat(err())
                .startsWith("concordat: internal error: stack overflow")
                .hasLineCount(1);
    }

    @Test
    void a_bug_exits_3_with_its_stack_trace_and_no_raw_control_characters() {
        assertThat(run("bug")).isEqualTo(ExitCode.INTERNAL);
        assertThat(err())
                .startsWith("concordat: internal error (please report it with what follows): "
                        + "java.lang.IllegalStateException: bug \\x1b[2J here")
                .contains("\tat org.concordat.cli.InternalErrorTest$Bug.call")
                .doesNotContain("\u001b");
    }
}
