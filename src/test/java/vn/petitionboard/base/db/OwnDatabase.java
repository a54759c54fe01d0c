package vn.petitionboard.base.db;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.StringUtils;

/**
 * Points a test's own Spring context at a database of its own, rebuilt at its start, on the same server as the other
 * tests (TEST_DB_URL, else the embedded one). The name follows the test database's, so that runs against different
 * test databases never share it.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Without the demo data: what a production installation starts from. */
    public static void empty(DynamicPropertyRegistry registry, String purpose) {
        register(registry, purpose, false, "production");
    }

    /** With the demo data as the app loads it for a visitor: the fixed 2019-2020 data and the living demo. */
    public static void livingDemo(DynamicPropertyRegistry registry, String purpose) {
        register(registry, purpose, true, "demo,living-demo");
    }

    private static void register(DynamicPropertyRegistry registry, String purpose, boolean demo, String contexts) {
        String testUrl = System.getenv("TEST_DB_URL");
        if (StringUtils.hasText(testUrl)) {
            int slash = testUrl.indexOf('/', "jdbc:mysql://".length());
            int query = testUrl.indexOf('?', slash);
            String base = testUrl.substring(slash + 1, query < 0 ? testUrl.length() : query);
            String name = "pb_empty_" + purpose + "_" + base.replaceAll("[^A-Za-z0-9_]", "");
            String rest = query < 0 ? "?createDatabaseIfNotExist=true" : "?createDatabaseIfNotExist=true&"
                    + testUrl.substring(query + 1);
            registry.add("spring.datasource.url", () -> testUrl.substring(0, slash + 1) + name + rest);
        } else {
            registry.add("spring.datasource.url", () -> EmbeddedMariaDb.startOnce(
                    Path.of("target/embedded-test-db")).jdbcUrl("pb_empty_" + purpose));
        }
        registry.add("petitionboard.demo-data", () -> Boolean.toString(demo));
        registry.add("spring.liquibase.contexts", () -> contexts);
        registry.add("spring.liquibase.drop-first", () -> "true");
    }
}
