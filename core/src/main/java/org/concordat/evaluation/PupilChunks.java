package org.concordat.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collector;
import org.concordat.calendar.AcademicYear;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pupil file in parts on several threads and puts the parts back together in file order.
 *
 * <p><b>Where a part starts.</b> A line feed inside a quoted field is not the end of a record, and
 * which line feeds are quoted is known only by reading everything before them. Rather than a serial
 * pre-scan of the whole file (a pass over every byte on one core before any work is shared), each
 * part after the first <em>guesses</em>: it starts after the first line feed at or after its nominal
 * offset, reads every record starting before the next part's offset, and notes where it really
 * ended. Parts are then taken in order: a part whose guessed start is not where the part before it
 * ended (the guess fell inside a quoted field) is read again from the true start, on the calling
 * thread, and what it read on the guess is dropped. In a pupil file, where quoted line breaks are
 * rare, every guess holds and nothing is read twice. A part that guessed wrong stops early when one
 * of its records runs more than a part's length past its end, so a wrong guess never holds more
 * than the buffer of one part.
 *
 * <p><b>Errors.</b> A part keeps its first problem with a line relative to its start; the first
 * problem in file order is the first part's with one, once the lines before it are counted.
 * Duplicate pupil ids are found within a part as it is read, and across parts as the parts are put
 * together (each part's ids against those of the parts before it), so the duplicate reported is the
 * first in file order, naming the line of the first occurrence, as the record reader does.
 *
 * <p><b>Memory.</b> Each thread holds a read buffer (1 MB, more only for a record longer than that)
 * and one batch; each part a collector container and the fingerprints of its pupils (16 bytes a
 * pupil, the one thing that grows with the file, as in the record reader).
 */
final class PupilChunks {
    /** Bytes per part. */
    static final long DEFAULT_PART = 8L << 20;

    private static final int BUFFER = 1 << 20;

    private PupilChunks() {}

    /**
     * Reads {@code file} with up to {@code threads} threads in parts of {@code partBytes}, each
     * part's batches of {@code measureIds} going to its own container of {@code collector}; the
     * containers are combined in file order. Returns the result and the number of rows.
     */
    static <A, R> Result<R> read(
            Path file,
            List<String> measureIds,
            int batchSize,
            int threads,
            long partBytes,
            Collector<PupilColumns, A, R> collector) {
        String name = String.valueOf(file.getFileName());
        // A named pipe's channel may be a FileChannel too, but it cannot be read at an offset.
        boolean seekable = Files.isRegularFile(file);
        ReadableByteChannel channel = open(file, seekable);
        try (channel) {
            long size = seekable ? ((FileChannel) channel).size() : Long.MAX_VALUE;
            PupilByteReader main = new PupilByteReader(name, channel, seekable, BUFFER);
            PupilByteReader.Header header = main.readHeader();
            main.bind(header.layout(), PupilColumns.of(measureIds, batchSize));
            long dataStart = header.dataStart();
            int parts = !seekable || size <= dataStart
                    ? 1
                    : (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, ceilDiv(size - dataStart, partBytes)));
            long[] nominal = new long[parts + 1];
            for (int k = 0; k < parts; k++) {
                nominal[k] = dataStart + k * partBytes;
            }
            nominal[parts] = Long.MAX_VALUE;
            AtomicReferenceArray<PupilByteReader.Part> done = new AtomicReferenceArray<>(parts);
            AtomicInteger next = new AtomicInteger();
            Assembly<A, R> assembly = new Assembly<>(name, header, size, nominal, done, collector);
            int workers = Math.min(Math.max(1, threads), parts);
            List<Thread> started = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int t = 1; t < workers; t++) {
                PupilByteReader reader = new PupilByteReader(name, channel, seekable, BUFFER);
                reader.bind(header.layout(), PupilColumns.of(measureIds, batchSize));
                Thread thread = new Thread(
                        () -> {
                            try {
                                work(reader, nominal, partBytes, next, done, collector, assembly);
                            } catch (RuntimeException | Error e) {
                                failures.add(e);
                            }
                        },
                        "concordat-pupil-csv-" + t);
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
            }
            try {
                work(main, nominal, partBytes, next, done, collector, assembly);
            } finally {
                join(started);
            }
            if (!failures.isEmpty()) {
                Throwable first = failures.get(0);
                if (first instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) first;
            }
            return assembly.result(main);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pupil records " + file + ": " + e.getMessage(), e);
        }
    }

    /** The result of a read and the number of rows in it. */
    record Result<R>(R result, long rows) {}

    private static ReadableByteChannel open(Path file, boolean seekable) {
        try {
            if (seekable) {
                return FileChannel.open(file, StandardOpenOption.READ);
            }
            // A named pipe or another stream: read once, in order, on one thread. Not through
            // Channels.newChannel, which asks the stream for available() and so seeks a pipe.
            java.io.InputStream in = Files.newInputStream(file);
            return new ReadableByteChannel() {
                private boolean open = true;

                @Override
                public int read(java.nio.ByteBuffer dst) throws IOException {
                    int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
                    if (n > 0) {
                        dst.position(dst.position() + n);
                    }
                    return n;
                }

                @Override
                public boolean isOpen() {
                    return open;
                }

                @Override
                public void close() throws IOException {
                    open = false;
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open pupil records " + file + ": " + e.getMessage(), e);
        }
    }

    private static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }

    private static void join(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes parts in order until none is left, putting the parts that are ready together. */
    private static <A, R> void work(
            PupilByteReader reader,
            long[] nominal,
            long partBytes,
            AtomicInteger next,
            AtomicReferenceArray<PupilByteReader.Part> done,
            Collector<PupilColumns, A, R> collector,
            Assembly<A, R> assembly) {
        int parts = nominal.length - 1;
        for (int k = next.getAndIncrement(); k < parts && !assembly.failed; k = next.getAndIncrement()) {
            PupilByteReader.Part previous = k == 0 ? null : done.get(k - 1);
            long start;
            long giveUpAt;
            if (k == 0) {
                start = nominal[0];
                giveUpAt = Long.MAX_VALUE;
            } else if (previous != null && previous.problem == null && !previous.abandoned) {
                // The part before is read: start where it ended (exact if its own start was).
                start = previous.end;
                giveUpAt = Long.MAX_VALUE;
            } else {
                giveUpAt = nominal[k + 1] == Long.MAX_VALUE ? Long.MAX_VALUE : nominal[k + 1] + partBytes;
                start = reader.lineStartFrom(nominal[k], giveUpAt);
            }
            PupilByteReader.Part part;
            if (start < 0) {
                part = new PupilByteReader.Part();
                part.abandoned = true;
            } else {
                part = reader.read(
                        start, nominal[k + 1], giveUpAt, collector.supplier().get(), collector.accumulator());
            }
            done.set(k, part);
            assembly.commitReady(reader, false);
        }
    }

    /**
     * Puts the parts together in order as they become ready (so a part's pupil ids and container
     * are released soon after it is read), reading again any whose start was guessed wrong.
     */
    private static final class Assembly<A, R> {
        private final String file;
        private final String column;
        private final long[] nominal;
        private final AtomicReferenceArray<PupilByteReader.Part> done;
        private final Collector<PupilColumns, A, R> collector;
        private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

        private PupilIds seen = new PupilIds();
        /** The file's length in bytes. */
        private final long size;

        private long expected;
        private long lineBase;
        private long lfBase;
        private long rows;
        private int next;
        private @Nullable A total;
        private @Nullable PupilDataException problem;
        /** Set once a problem is found: no part after it matters. */
        volatile boolean failed;

        Assembly(
                String file,
                PupilByteReader.Header header,
                long size,
                long[] nominal,
                AtomicReferenceArray<PupilByteReader.Part> done,
                Collector<PupilColumns, A, R> collector) {
            this.file = file;
            this.size = size;
            this.column = header.layout().header[header.layout().required[0]];
            this.nominal = nominal;
            this.done = done;
            this.collector = collector;
            this.expected = header.dataStart();
            this.lineBase = header.lines() + 1;
            this.lfBase = header.lfs();
        }

        /**
         * Commits the parts that are ready, in order. A worker does not wait for another that is
         * committing ({@code wait} false): that one, or the caller at the end, takes its part.
         */
        void commitReady(PupilByteReader reader, boolean wait) {
            if (wait) {
                lock.lock();
            } else if (!lock.tryLock()) {
                return;
            }
            try {
                int parts = nominal.length - 1;
                while (problem == null && next < parts) {
                    PupilByteReader.Part part = done.get(next);
                    if (part == null) {
                        return;
                    }
                    commit(reader, part);
                    next++;
                }
            } finally {
                lock.unlock();
            }
        }

        @SuppressWarnings("unchecked")
        private void commit(PupilByteReader reader, PupilByteReader.Part read) {
            PupilByteReader.Part part = read;
            int k = next;
            if (part.abandoned || part.start != expected) {
                part = reader.read(
                        expected,
                        nominal[k + 1],
                        Long.MAX_VALUE,
                        collector.supplier().get(),
                        collector.accumulator());
                done.set(k, part);
            }
            boolean last = k >= nominal.length - 2;
            // One pass over the part's pupils both looks for each in the parts before and (unless
            // it is the last part) remembers it: on a problem the read fails, so what was
            // remembered no longer matters.
            PupilDataException p = firstProblem(part, seen, !last, file, column, lineBase, lfBase);
            if (p != null) {
                problem = p;
                failed = true;
                return;
            }
            if (!last) {
                if (seen.size() == 0) {
                    // The first part's table becomes the file's, its lines made absolute, resized
                    // once for the rows the rest of the file suggests instead of doubling as it fills.
                    part.ids.shiftLines(lineBase - 1);
                    long bytes = part.end - part.start;
                    long expectedRows = bytes <= 0 || part.rows == 0
                            ? 0
                            : (long) ((double) part.rows / bytes * (size - part.start));
                    seen = part.ids.resizedFor(expectedRows);
                }
            }
            A container = (A) part.container;
            total = total == null ? container : collector.combiner().apply(total, container);
            part.container = null;
            part.release();
            lineBase += part.lines;
            lfBase += part.lfs;
            rows += part.rows;
            expected = part.end;
        }

        /** After every part is read: the result, or the first problem. */
        Result<R> result(PupilByteReader reader) {
            commitReady(reader, true);
            if (problem != null) {
                throw problem;
            }
            A all = total == null ? collector.supplier().get() : total;
            return new Result<>(collector.finisher().apply(all), rows);
        }
    }

    /**
     * The part's first problem in file order: its own, or a pupil seen in an earlier part (at the
     * same line a duplicate comes first: the row passed the checks before the pupil id's). With
     * {@code remember}, each of the part's pupils not seen before is added to {@code seen} as it is
     * looked for (at its absolute line).
     */
    private static @Nullable PupilDataException firstProblem(
            PupilByteReader.Part part,
            PupilIds seen,
            boolean remember,
            String file,
            String column,
            long lineBase,
            long lfBase) {
        long[] best = {part.problem == null ? Long.MAX_VALUE : part.problemLine, 0, 0};
        if (seen.size() == 0) {
            // Nothing was seen before this part (the first): only its own problem can come first.
            return part.problem == null ? null : part.problem.at(lineBase, lfBase);
        }
        part.ids.forEach((key, year, line) -> {
            if (line <= best[0]) {
                long first = remember ? seen.firstLineOf(key, year, lineBase + line - 1) : seen.lineOf(key);
                if (first != 0 && (line < best[0] || best[2] == 0)) {
                    best[0] = line;
                    best[1] = first;
                    best[2] = year;
                }
            }
        });
        if (best[2] != 0) {
            return PupilByteReader.duplicateAt(
                    file, lineBase + best[0] - 1, best[1], column, AcademicYear.of((int) best[2]));
        }
        return part.problem == null ? null : part.problem.at(lineBase, lfBase);
    }
}
