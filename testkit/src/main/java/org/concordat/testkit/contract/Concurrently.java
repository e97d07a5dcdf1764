package org.concordat.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the same task on several threads released at the same moment, for the contracts'
 * concurrency tests and for backend authors' own.
 */
public final class Concurrently {
    /** How many threads {@link #run} uses. */
    public static final int THREADS = 8;

    private Concurrently() {}

    /** What each thread does, given its number (0 to {@link #THREADS} - 1). */
    @FunctionalInterface
    public interface ThreadTask<R> {
        /** Runs the thread's share of the work. */
        R run(int thread) throws Exception;
    }

    /**
     * Runs {@code task} on {@code threads} threads that start it at the same instant, as closely as
     * the machine allows: a {@link CountDownLatch} tells when every thread is lined up, each spinning
     * (never parked) on one flag, and setting the flag releases them all, so no thread is still
     * being woken when the others start. A race
     * in the code under test is therefore hit within a few rounds even on two cores, where threads
     * released by a blocking latch start microseconds apart and rarely meet.
     *
     * @return the threads' results in thread order
     * @throws java.util.concurrent.ExecutionException with the first failure of any thread
     * @throws java.util.concurrent.TimeoutException when a thread runs longer than a minute
     */
    public static <R> List<R> race(int threads, ThreadTask<R> task) throws Exception {
        if (threads < 2) {
            throw new IllegalArgumentException("threads \"" + threads + "\": a race needs 2 or more");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicBoolean go = new AtomicBoolean();
            CountDownLatch ready = new CountDownLatch(threads);
            List<Future<R>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    // Spin, never park: a parked thread is woken late, and the race would be missed.
                    while (!go.get()) {
                        Thread.onSpinWait();
                    }
                    return task.run(thread);
                }));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new java.util.concurrent.TimeoutException("the racing threads did not all start within a minute");
            }
            go.set(true);
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code task} on {@link #THREADS} threads released together and returns their results in
     * thread order.
     *
     * @throws java.util.concurrent.ExecutionException with the first failure of any thread
     * @throws java.util.concurrent.TimeoutException when a thread runs longer than a minute
     */
    public static <R> List<R> run(ThreadTask<R> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<R>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<R> call = () -> {
                    ready.countDown();
                    go.await();
                    return task.run(thread);
                };
                futures.add(pool.submit(call));
            }
            ready.await();
            go.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
