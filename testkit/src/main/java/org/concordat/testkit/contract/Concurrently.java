package org.concordat.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
