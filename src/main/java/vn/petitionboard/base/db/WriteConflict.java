package vn.petitionboard.base.db;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A transaction the database gave up on because another one wanted the same rows: InnoDB's deadlock victim, or on a
 * Galera cluster a transaction that lost certification to a write committed on another node (MySQL error 1213,
 * SQLSTATE 40001, during a statement or at COMMIT). Either way the server rolled the whole transaction back, so it can
 * be run again from its start. Found anywhere in the cause chain, as jOOQ and Spring wrap it.
 */
public final class WriteConflict {

    /** ER_LOCK_DEADLOCK; Galera reports a certification failure and a brute-force abort with it too. */
    static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT: not retried (see docs/decisions/0032), but nothing of the service call was saved. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflict() {
    }

    /** The whole transaction was rolled back by the server for a conflict: running it again is safe. */
    public static boolean isRetryable(Throwable thrown) {
        return find(thrown, DEADLOCK);
    }

    /**
     * Runs a transaction of one's own (a {@code TransactionTemplate}'s) again after a write conflict, at most
     * {@code attempts} times in all, for code outside the services, which {@code TransactionRetry} does not cover. The
     * transaction must have no effect outside the database.
     */
    public static <T> T retried(int attempts, Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isRetryable(e) || attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    /** Waited longer than innodb_lock_wait_timeout for a row another transaction holds. */
    static boolean isLockWaitTimeout(Throwable thrown) {
        return find(thrown, LOCK_WAIT_TIMEOUT);
    }

    private static boolean find(Throwable thrown, int errorCode) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && depth < 20; e = e.getNextException(), depth++) {
                    if (e.getErrorCode() == errorCode
                            || (errorCode == DEADLOCK && SERIALIZATION_FAILURE.equals(e.getSQLState()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
