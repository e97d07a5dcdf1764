package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress display, driven by a fake clock. */
class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    private Environment env(boolean terminal) {
        return new Environment(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal,
                clock::get);
    }

    private void run(Progress p, int rows, long nanosPerRow) {
        for (int i = 0; i < rows; i++) {
            clock.addAndGet(nanosPerRow);
            p.step();
        }
        p.done();
    }

    @Test
    void shows_nothing_for_a_run_shorter_than_a_second() {
        run(Progress.start(Progress.Mode.AUTO, env(true), "pupils.csv", 100_000), 100_000, 5_000);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void redraws_a_bar_in_place_on_a_terminal_and_ends_it_at_100_percent() {
        run(Progress.start(Progress.Mode.AUTO, env(true), "pupils.csv", 1_000_000), 1_000_000, 3_000);

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rpupils.csv [").contains("%").endsWith("\n");
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(shown).contains("[" + "#".repeat(30) + "] 100% 1,000,000 rows");
    }

    @Test
    void writes_a_plain_line_every_five_seconds_when_not_a_terminal() {
        run(
                Progress.start(Progress.Mode.AUTO, env(false), "pupils.csv", 1_000_000),
                1_000_000,
                TimeUnit.SECONDS.toNanos(12) / 1_000_000);

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\r");
        assertThat(shown.lines()).hasSize(4).allMatch(l -> l.startsWith("concordat: pupils.csv: "));
        assertThat(shown.lines().reduce((a, b) -> b).orElseThrow()).contains("done, 1,000,000 rows read (100%)");
    }

    @Test
    void none_shows_nothing_however_long_the_run() {
        run(Progress.start(Progress.Mode.NONE, env(true), "pupils.csv", 10_000), 10_000, 1_000_000_000L);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void counts_batches_from_several_threads_as_rows() throws InterruptedException {
        Progress p = Progress.start(Progress.Mode.LINES, env(false), "pupils.csv", 0);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int b = 0; b < 250; b++) {
                    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(10));
                    p.advance(1000);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        p.done();

        assertThat(p.count()).isEqualTo(1_000_000);
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown.lines()).allMatch(l -> l.startsWith("concordat: pupils.csv: "));
        assertThat(shown.lines().reduce((a, b) -> b).orElseThrow()).contains("done, 1,000,000 rows read");
    }
}
