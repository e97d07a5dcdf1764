package org.concordat.testkit.defaults;

import java.util.Map;
import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.MonitoringRaceContract;

/** Two approvers at once on the in-memory store. */
class MemoryMonitoringRaceTest extends MonitoringRaceContract {
    @Override
    protected RecordStore newStore() {
        return Defaults.store("memory", Map.of());
    }
}
