package org.concordat.testkit.defaults;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.MonitoringRaceContract;
import org.junit.jupiter.api.io.TempDir;

/** Two approvers at once on the file store. */
class FileMonitoringRaceTest extends MonitoringRaceContract {
    private final AtomicInteger stores = new AtomicInteger();

    @TempDir
    Path temp;

    @Override
    protected RecordStore newStore() {
        return Defaults.store(
                "file",
                Map.of(
                        "directory",
                        temp.resolve("store-" + stores.incrementAndGet()).toString()));
    }
}
