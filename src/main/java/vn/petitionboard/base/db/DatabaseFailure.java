package vn.petitionboard.base.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database failures a user can meet through no fault of theirs, told apart by what they mean for the work:
 * {@link #UNREACHABLE}, no connection could be had, so the command never started and nothing was saved;
 * {@link #CONTENDED}, others were writing the same rows and the transaction was rolled back (again after its retries,
 * or after waiting too long for a lock), so nothing was saved; or {@link #INTERRUPTED}, the connection broke or timed
 * out on the way, so the outcome is not known. Anything else (a bad statement, a broken constraint) is a bug and not
 * one of these.
 */
public enum DatabaseFailure {

    UNREACHABLE("error.database.unreachable"),
    CONTENDED("error.database.contended"),
    INTERRUPTED("error.database.interrupted");

    private final String messageKey;

    DatabaseFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The Vietnamese explanation for the user (a key of the message bundle). */
    public String messageKey() {
        return messageKey;
    }

    public static Optional<DatabaseFailure> of(Throwable thrown) {
        boolean interrupted = false;
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return Optional.of(UNREACHABLE);
            }
            interrupted |= t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof QueryTimeoutException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof TransactionSystemException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTransientException
                    || (t instanceof SQLException sql && isConnectionState(sql.getSQLState()));
        }
        if (WriteConflict.isRetryable(thrown) || WriteConflict.isLockWaitTimeout(thrown)) {
            // Rolled back by the server (a deadlock, a lost certification) or by the service's transaction on the
            // exception (a lock wait timeout): nothing was saved. Spring calls both a PessimisticLockingFailure.
            return Optional.of(CONTENDED);
        }
        return interrupted ? Optional.of(INTERRUPTED) : Optional.empty();
    }

    /** The root cause's message on one line, for a log line that names what went wrong without a stack trace. */
    public static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replaceAll("\\p{Cntrl}+", " ");
    }

    /** SQLSTATE class 08: connection exceptions. */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }
}
