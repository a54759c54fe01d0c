package vn.petitionboard.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * On a Galera cluster node, makes each connection's reads wait until the node has applied every write the cluster
 * committed before the read began ({@code wsrep_sync_wait = 1}), so a page shows the user's own change even when the
 * load balancer took the next request, or a failover the pool, to another node, and the live feed misses no other
 * instance's change. Each physical connection is asked once, when the pool first lends it: {@code wsrep_on} ON means
 * Galera. On a plain MariaDB (wsrep_on OFF) or a MySQL (no such variable) nothing is set. See
 * docs/decisions/0032-galera-safe-code.md.
 */
public final class GaleraSyncWait extends DelegatingDataSource {

    static final String SYNC_WAIT = "SET SESSION wsrep_sync_wait = 1";
    private static final Logger log = LoggerFactory.getLogger(GaleraSyncWait.class);

    /** The physical connections already looked at (the pool's own objects, compared by identity). */
    private final Map<Connection, Boolean> prepared = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicBoolean told = new AtomicBoolean();
    private final Detector detector;

    public GaleraSyncWait(DataSource pool) {
        this(pool, GaleraSyncWait::isGaleraNode);
    }

    GaleraSyncWait(DataSource pool, Detector detector) {
        super(pool);
        this.detector = detector;
    }

    /** Tells a Galera node from any other server, on a connection's statement. */
    @FunctionalInterface
    interface Detector {
        boolean isGaleraNode(Statement statement) throws SQLException;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepare(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepare(super.getConnection(username, password));
    }

    private Connection prepare(Connection connection) throws SQLException {
        Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
                : connection;
        if (prepared.containsKey(physical)) {
            return connection;
        }
        try (Statement statement = connection.createStatement()) {
            boolean galera = detector.isGaleraNode(statement);
            if (galera) {
                statement.execute(SYNC_WAIT);
                if (told.compareAndSet(false, true)) {
                    log.info("The database is a Galera cluster node: reads wait for the cluster's earlier commits"
                            + " (wsrep_sync_wait = 1)");
                }
            }
            prepared.put(physical, galera);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** True for a Galera node: wsrep_on is ON (a MariaDB without a cluster says OFF; MySQL has no such variable). */
    static boolean isGaleraNode(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW SESSION VARIABLES LIKE 'wsrep_on'")) {
            return row.next() && "ON".equalsIgnoreCase(row.getString(2));
        }
    }
}
