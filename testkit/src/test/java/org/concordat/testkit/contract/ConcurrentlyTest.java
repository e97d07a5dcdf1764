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
}
