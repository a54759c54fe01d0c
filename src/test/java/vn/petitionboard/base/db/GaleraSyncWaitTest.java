package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;

/**
 * The app's connections come through {@link GaleraSyncWait}. On the tests' server, a MariaDB without a cluster, it
 * finds no Galera and sets nothing; what it would set on a Galera node is shown by telling it this server is one.
 * The cluster helper's failover test reads its own writes through it on a real cluster.
 */
@IntegrationTest
class GaleraSyncWaitTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_apps_pool_is_wrapped_and_a_plain_server_is_not_taken_for_a_galera_node() throws SQLException {
        assertThat(dataSource).isInstanceOf(GaleraSyncWait.class);
        assertThat(dataSource.unwrap(HikariDataSource.class)).as("the pool is still found behind it").isNotNull();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(GaleraSyncWait.isGaleraNode(statement)).isFalse();
            assertThat(syncWait(statement)).as("nothing set").isIn("0", null);
        }
    }

    @Test
    void on_a_galera_node_each_connection_waits_for_the_clusters_commits_set_once() throws SQLException {
        TestDatabase db = TestDatabase.current();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            pool.setPassword(db.password());
            pool.setMaximumPoolSize(1);
            CountingDetector detector = new CountingDetector();
            GaleraSyncWait galera = new GaleraSyncWait(pool, detector);

            for (int borrow = 0; borrow < 5; borrow++) {
                try (Connection connection = galera.getConnection();
                        Statement statement = connection.createStatement()) {
                    assertThat(syncWait(statement)).isEqualTo("1");
                }
            }
            assertThat(detector.asked).as("asked once for the pool's one connection").isEqualTo(1);
        }
    }

    /** Says yes to every server: this MariaDB, built with wsrep, takes the setting as a Galera node would. */
    private static final class CountingDetector implements GaleraSyncWait.Detector {
        int asked;

        @Override
        public boolean isGaleraNode(Statement statement) {
            asked++;
            return true;
        }
    }

    /** The session's wsrep_sync_wait, or null on a server that has no such variable (MySQL). */
    private static String syncWait(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW SESSION VARIABLES LIKE 'wsrep_sync_wait'")) {
            return row.next() ? row.getString(2) : null;
        }
    }
}
