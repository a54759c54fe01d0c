package vn.petitionboard.base.db;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.StringUtils;

/**
 * Points a test's own Spring context at a database of its own that starts empty, on the same server as the other
 * tests (TEST_DB_URL, else the embedded one), without the demo data: what a production installation starts from. The
 * name follows the test database's, so that runs against different test databases never share it.
 */
public final class EmptyDatabase {

    private EmptyDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry, String purpose) {
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
        registry.add("petitionboard.demo-data", () -> "false");
        registry.add("spring.liquibase.contexts", () -> "production");
        registry.add("spring.liquibase.drop-first", () -> "true");
    }
}
