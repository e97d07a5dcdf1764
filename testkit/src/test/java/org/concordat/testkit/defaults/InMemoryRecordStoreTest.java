package org.concordat.testkit.defaults;

import java.util.Map;
import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.RecordStoreContract;

class InMemoryRecordStoreTest extends RecordStoreContract {
    @Override
    protected RecordStore newStore() {
        return Defaults.store("memory", Map.of());
    }
}
