package org.concordat.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long run over pupil records, on standard error. Nothing is shown for a run that
 * finishes within the first second. After that: on a terminal, a bar redrawn in place at most ten
 * times a second; otherwise (a log file, a CI job) a plain line every five seconds, so logs stay
 * readable. {@link Mode#NONE} shows nothing. The total is an estimate, so the percentage is capped at
 * 99 until {@link #done()}; with no total (0: a stream read once) no percentage is shown.
 */
final class Progress {
    /** How progress is shown. */
    enum Mode {
        /** A bar when standard error is a terminal, periodic lines otherwise. */
        AUTO,
        /** Always the bar. */
        BAR,
        /** Always periodic lines. */
        LINES,
        /** Nothing. */
        NONE
    }

    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long BAR_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long LINE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean bar;
    private final boolean none;
    private final LongSupplier nanoTime;
    private final String what;
    private final long total;
    private final long started;
    private long count;
    private long lastShown;
    private boolean shown;

    private Progress(Mode mode, Environment env, String what, long total) {
        Mode chosen = mode == Mode.AUTO ? (env.stderrIsTerminal() ? Mode.BAR : Mode.LINES) : mode;
        this.err = env.err();
        this.bar = chosen == Mode.BAR;
        this.none = chosen == Mode.NONE;
        this.nanoTime = env.nanoTime();
        this.what = what;
        this.total = Math.max(total, 0);
        this.started = nanoTime.getAsLong();
        this.lastShown = started;
    }

    /** Progress over about {@code total} items called {@code what} (e.g. "pupils.csv"). */
    static Progress start(Mode mode, Environment env, String what, long total) {
        return new Progress(mode, env, what, total);
    }

    /** One more item done. */
    void step() {
        count++;
        if (none || (count & 0x3ff) != 0) {
            // Look at the clock once every 1,024 items: cheap enough for millions of rows.
            return;
        }
        look();
    }

    /**
     * {@code items} more done at once (a batch, from any thread: the reader's threads share one
     * display).
     */
    synchronized void advance(long items) {
        long before = count;
        count += items;
        if (none) {
            return;
        }
        // The clock once per 1,024 items crossed, as step() looks: the same display whatever the batch.
        for (long crossed = (count >>> 10) - (before >>> 10); crossed > 0; crossed--) {
            look();
        }
    }

    private void look() {
        long now = nanoTime.getAsLong();
        if (now - started < QUIET_NANOS) {
            return;
        }
        if (!shown || now - lastShown >= (bar ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            show(now, false);
        }
    }

    /** The run finished: completes the bar or writes a last line, if anything was shown. */
    synchronized void done() {
        if (shown) {
            show(nanoTime.getAsLong(), true);
        }
    }

    /** How many items were counted. */
    synchronized long count() {
        return count;
    }

    private void show(long now, boolean finished) {
        shown = true;
        lastShown = now;
        int percent = finished ? 100 : total == 0 ? -1 : (int) Math.min(99, count * 100 / total);
        double seconds = (now - started) / 1e9;
        String rate = String.format(Locale.ROOT, "%,.0f rows/s", seconds == 0 ? 0 : count / seconds);
        if (bar) {
            if (percent < 0) {
                err.print(String.format(Locale.ROOT, "\r%s %,d rows, %s", what, count, rate));
            } else {
                int filled = percent * WIDTH / 100;
                err.print(String.format(
                        Locale.ROOT,
                        "\r%s [%s%s] %3d%% %,d rows, %s",
                        what,
                        "#".repeat(filled),
                        " ".repeat(WIDTH - filled),
                        percent,
                        count,
                        rate));
            }
            if (finished) {
                err.println();
            }
        } else {
            err.println(String.format(
                    Locale.ROOT,
                    "concordat: %s: %s%,d rows read%s, %s",
                    what,
                    finished ? "done, " : "",
                    count,
                    percent < 0 ? "" : " (" + percent + "%)",
                    rate));
        }
        err.flush();
    }
}
