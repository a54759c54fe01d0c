package vn.petitionboard.petition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import vn.petitionboard.base.db.TestDatabase;

/**
 * A transaction on a connection of its own that walks a command into a real InnoDB deadlock: it holds shared locks
 * over a petition's history (so the command, having locked the petition row, waits to append its history event), then
 * asks for the petition row itself. Having changed many rows of its own first, it is the heavier of the two, so
 * InnoDB rolls the command back (error 1213) and lets this one go on; it then rolls back too and leaves nothing.
 */
final class DeadlockPartner implements AutoCloseable {

    private static final int WEIGHT = 200;

    private final Connection connection;
    private final PetitionId petition;

    DeadlockPartner(PetitionId petition) throws SQLException {
        TestDatabase db = TestDatabase.current();
        this.petition = petition;
        this.connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        connection.setAutoCommit(false);
        String job = "deadlock-" + UUID.randomUUID().toString().substring(0, 8);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scheduled_run (job_name, run_date, started_at) VALUES (?, ?, NOW(3))")) {
            for (int i = 0; i < WEIGHT; i++) {
                insert.setString(1, job);
                insert.setObject(2, LocalDate.of(2000, 1, 1).plusDays(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // Shared next-key locks: several partners hold them at once, and every insert of this petition's history
        // waits for all of them.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM petition_history WHERE petition_id = ? LOCK IN SHARE MODE")) {
            lock.setLong(1, petition.value());
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    // read them all: the locks are taken as the scan goes
                }
            }
        }
    }

    /** Asks for the petition row the waiting command holds: a cycle, which InnoDB breaks by rolling it back. */
    void closeTheCircle() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE petition SET updated_at = updated_at WHERE id = ?")) {
            update.setLong(1, petition.value());
            update.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
