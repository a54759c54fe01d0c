package vn.petitionboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;

/** A transaction of one's own run again after a write conflict, and only then, a bounded number of times. */
class WriteConflictTest {

    private static final RuntimeException CONFLICT = new DeadlockLoserDataAccessException("jOOQ",
            new SQLTransactionRollbackException("WSREP detected deadlock/conflict and aborted the transaction. "
                    + "Try restarting the transaction", "40001", 1213));

    @Test
    void a_transaction_that_lost_a_conflict_runs_again_until_it_commits() {
        AtomicInteger runs = new AtomicInteger();

        String result = WriteConflict.retried(3, () -> {
            if (runs.incrementAndGet() < 3) {
                throw CONFLICT;
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(runs).hasValue(3);
    }

    @Test
    void it_gives_up_after_the_last_attempt_and_never_runs_again_for_anything_else() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflict.retried(3, () -> {
            runs.incrementAndGet();
            throw CONFLICT;
        })).isSameAs(CONFLICT);
        assertThat(runs).hasValue(3);

        AtomicInteger bug = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflict.retried(3, () -> {
            bug.incrementAndGet();
            throw new DataIntegrityViolationException("Duplicate entry", new SQLException("dup", "23000", 1062));
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(bug).hasValue(1);
    }
}
