package org.concordat.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.concordat.spi.RecordStore;
import org.concordat.testkit.contract.RecordStoreContract;
import org.junit.jupiter.api.Test;

/**
 * The whole contract again, run by the examples pom's {@code contract-on-module-path} surefire
 * execution with the tests patched into the named module {@code org.concordat.examples}: what a
 * modular backend's build does (docs/testing.md). Excluded from the class-path run.
 */
class JdbcRecordStoreModulePathTest extends JdbcRecordStoreTest {
    @Test
    void runs_inside_the_named_module_with_the_spi_as_a_named_module() {
        assertThat(getClass().getModule().getName()).isEqualTo("org.concordat.examples");
        assertThat(RecordStore.class.getModule().getName()).isEqualTo("org.concordat.spi");
        assertThat(getClass().getModule().canRead(RecordStoreContract.class.getModule()))
                .isTrue();
        System.out.println("testkit loaded as " + RecordStoreContract.class.getModule());
    }
}
