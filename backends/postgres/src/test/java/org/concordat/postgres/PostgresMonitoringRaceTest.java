package org.concordat.postgres;

import org.concordat.spi.Providers;
import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.MonitoringRaceContract;
import org.junit.jupiter.api.BeforeAll;

/** Two approvers at once on a real PostgreSQL (one schema per round). */
class PostgresMonitoringRaceTest extends MonitoringRaceContract {
    private static String database;
    private static int schemas;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.newDatabase("monitoring");
    }

    @Override
    protected RecordStore newStore() {
        return Providers.openRecordStore(TestDatabase.config(database, "race_" + ++schemas));
    }
}
