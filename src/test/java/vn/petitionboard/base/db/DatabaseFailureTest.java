package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which exceptions mean "the database is away", as services and sign-in throw them. */
class DatabaseFailureTest {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 2000ms.");

    @Test
    void no_connection_at_the_start_of_a_transaction_is_unreachable_nothing_was_saved() {
        CannotCreateTransactionException thrown = new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", POOL_TIMEOUT);

        assertThat(DatabaseFailure.of(thrown)).contains(DatabaseFailure.UNREACHABLE);
    }

    @Test
    void a_sign_in_that_could_not_load_the_user_is_unreachable_too() {
        InternalAuthenticationServiceException thrown = new InternalAuthenticationServiceException("load failed",
                new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMEOUT));

        assertThat(DatabaseFailure.of(thrown)).contains(DatabaseFailure.UNREACHABLE);
        assertThat(DatabaseFailure.rootMessage(thrown)).isEqualTo("SQLTransientConnectionException: HikariPool-1 - "
                + "Connection is not available, request timed out after 2000ms.");
    }

    @Test
    void a_connection_that_broke_on_the_way_is_interrupted_the_outcome_is_unknown() {
        DataAccessResourceFailureException thrown = new DataAccessResourceFailureException("Communications link failure",
                new SQLException("Communications link failure", "08S01"));

        assertThat(DatabaseFailure.of(thrown)).contains(DatabaseFailure.INTERRUPTED);
        assertThat(DatabaseFailure.of(new RuntimeException(new SQLException("lost", "08003"))))
                .contains(DatabaseFailure.INTERRUPTED);
    }

    @Test
    void a_deadlock_or_a_lost_certification_even_at_commit_is_contended_nothing_was_saved() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        TransactionSystemException atCommit = new TransactionSystemException("Could not commit JDBC transaction",
                deadlock);

        assertThat(DatabaseFailure.of(atCommit)).contains(DatabaseFailure.CONTENDED);
        assertThat(DatabaseFailure.of(new CannotAcquireLockException("jOOQ", deadlock)))
                .contains(DatabaseFailure.CONTENDED);
        assertThat(WriteConflict.isRetryable(atCommit)).isTrue();
    }

    @Test
    void a_lock_wait_timeout_is_contended_but_not_retried() {
        CannotAcquireLockException timeout = new CannotAcquireLockException("jOOQ", new SQLException(
                "Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));

        assertThat(DatabaseFailure.of(timeout)).contains(DatabaseFailure.CONTENDED);
        assertThat(WriteConflict.isRetryable(timeout)).isFalse();
    }

    @Test
    void a_bug_is_not_an_outage() {
        assertThat(DatabaseFailure.of(new DataIntegrityViolationException("Duplicate entry"))).isEmpty();
        assertThat(DatabaseFailure.of(new RuntimeException(new SQLException("You have an error in your SQL", "42000"))))
                .isEmpty();
        assertThat(DatabaseFailure.of(new NullPointerException())).isEmpty();
    }
}
