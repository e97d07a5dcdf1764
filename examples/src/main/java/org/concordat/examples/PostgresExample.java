package org.concordat.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.Concordat;
import org.concordat.PlanVersion;
import org.concordat.io.Plans;
import org.concordat.partnership.Partnership;
import org.concordat.plan.PartnershipPlan;

/**
 * The facade on the PostgreSQL record store (artifact {@code concordat-postgres}), chosen by name
 * and configured by keys only: saves a plan, saves a changed copy, and reads both versions back.
 * Nothing here imports the backend; it is found through {@link java.util.ServiceLoader}.
 *
 * <p>Run against a server (see docs/backends.md for the role and database):
 *
 * <pre>
 * export CONCORDAT_DB_PASSWORD=...
 * ./mvnw -q -pl examples -am package -DskipTests
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.concordat.examples.PostgresExample \
 *   -Dexec.args="plans/first-plan.yaml jdbc:postgresql://127.0.0.1:5432/concordat concordat CONCORDAT_DB_PASSWORD"
 * </pre>
 */
public final class PostgresExample {
    private PostgresExample() {}

    /**
     * The configuration that selects the {@code postgres} store.
     *
     * @param url the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/concordat}
     * @param user the role to connect as
     * @param passwordEnv the name of the environment variable holding the password, or empty for a
     *     server that asks for none
     */
    public static Map<String, String> config(String url, String user, String passwordEnv) {
        Map<String, String> config = new HashMap<>();
        config.put("concordat.store", "postgres");
        config.put("postgres.url", url);
        config.put("postgres.user", user);
        if (!passwordEnv.isEmpty()) {
            config.put("postgres.password-env", passwordEnv);
        }
        return config;
    }

    /**
     * Saves {@code plan} (or a new version of it, if the store already holds it), then a copy with
     * its partnership renamed, and returns one line per stored version, oldest first: version,
     * author and partnership name.
     */
    public static List<String> run(PartnershipPlan plan, Map<String, String> config) {
        try (Concordat concordat =
                Concordat.builder().config(config).author("postgres-example").build()) {
            String id = plan.partnership().id();
            long current = concordat.plans().load(id).map(PlanVersion::version).orElse(0L);
            PlanVersion saved = concordat.plans().save(plan, current);
            PartnershipPlan renamed = saved.plan()
                    .withPartnership(Partnership.builder()
                            .from(saved.plan().partnership())
                            .name(plan.partnership().name() + " (renamed)")
                            .build());
            concordat.plans().save(renamed, saved.version());
            List<String> lines = new ArrayList<>();
            for (PlanVersion v : concordat.plans().history(id)) {
                lines.add(v.version() + " " + v.author() + " "
                        + v.plan().partnership().name());
            }
            return lines;
        }
    }

    /**
     * Arguments: plan file, JDBC URL, user, and the name of the environment variable holding the
     * password.
     */
    public static void main(String[] args) {
        PartnershipPlan plan = Plans.read(Path.of(args.length > 0 ? args[0] : "plans/first-plan.yaml"));
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/concordat";
        String user = args.length > 2 ? args[2] : "concordat";
        String passwordEnv = args.length > 3 ? args[3] : "CONCORDAT_DB_PASSWORD";
        run(plan, config(url, user, passwordEnv)).forEach(System.out::println);
    }
}
