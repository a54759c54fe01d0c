package vn.petitionboard.base.db;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.util.StringUtils;

/**
 * The database the tests use, as application-test.properties chooses it: the server of TEST_DB_URL, or the embedded
 * MariaDB under target/. For tests that must route the app's connections through something of their own.
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

    public static TestDatabase current() {
        String url = System.getenv("TEST_DB_URL");
        if (StringUtils.hasText(url)) {
            return new TestDatabase(url, System.getenv("TEST_DB_USER"), System.getenv("TEST_DB_PASSWORD"));
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.startOnce(Path.of("target", "embedded-test-db"));
        return new TestDatabase(embedded.jdbcUrl(DatabaseEnvironment.DATABASE_NAME), "root", "");
    }

    public String host() {
        return address().getHost();
    }

    public int port() {
        int port = address().getPort();
        return port < 0 ? 3306 : port;
    }

    /** The same URL with another host and port, the database name and parameters kept. */
    public String jdbcUrlVia(String host, int port) {
        URI address = address();
        String authority = address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote("//" + authority), "//" + host + ":" + port);
    }

    private URI address() {
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }
}
