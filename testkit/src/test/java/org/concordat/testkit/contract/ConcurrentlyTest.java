package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {
    @Test
    void the_contracts_use_eight_threads() {
        assertThat(Concurrently.THREADS).isEqualTo(8);
        assertThat(RecordStoreContract.THREADS).isEqualTo(8);
    }

    @Test
    void all_eight_threads_run_at_the_same_time_and_results_come_back_in_thread_order() throws Exception {
        CountDownLatch allInside = new CountDownLatch(8);
        List<String> results = Concurrently.run(t -> {
            allInside.countDown();
            // Passes only when every thread is inside its task at once: fewer threads would wait out the timeout.
            boolean together = allInside.await(30, TimeUnit.SECONDS);
            return t + ":" + together;
        });
        assertThat(results)
                .containsExactly("0:true", "1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true");
    }

    @Test
    void a_failing_thread_fails_the_run() {
        assertThatThrownBy(() -> Concurrently.run(t -> {
                    if (t == 3) {
                        throw new IllegalStateException("thread 3 failed");
                    }
                    return t;
                }))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("thread 3 failed");
    }

    @Test
    void a_race_starts_every_thread_before_any_finishes_and_returns_results_in_thread_order() throws Exception {
        CountDownLatch allInside = new CountDownLatch(5);
        List<String> results = Concurrently.race(5, t -> {
            allInside.countDown();
            return t + ":" + allInside.await(30, TimeUnit.SECONDS);
        });
        assertThat(results).containsExactly("0:true", "1:true", "2:true", "3:true", "4:true");
    }

    @Test
    void a_race_needs_two_threads_and_a_failing_thread_fails_it() {
        assertThatThrownBy(() -> Concurrently.race(1, t -> t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads \"1\": a race needs 2 or more");
        assertThatThrownBy(() -> Concurrently.race(3, t -> {
                    if (t == 2) {
                        throw new IllegalStateException("thread 2 failed");
                    }
                    return t;
                }))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("thread 2 failed");
    }
}
