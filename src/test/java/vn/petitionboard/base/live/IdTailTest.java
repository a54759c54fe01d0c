package vn.petitionboard.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's place in an append-only table whose rows commit out of id order. */
class IdTailTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final IdTail tail = new IdTail(10, Duration.ofSeconds(10));

    private List<Long> accept(long now, Long... ids) {
        return tail.accept(List.of(ids), Long::longValue, now);
    }

    @Test
    void rows_in_order_are_handed_out_once_and_the_floor_follows_them() {
        assertThat(accept(0, 11L, 12L)).containsExactly(11L, 12L);
        assertThat(tail.floor()).isEqualTo(12);
        assertThat(accept(SECOND, 13L)).containsExactly(13L);
        assertThat(accept(SECOND)).isEmpty();
        assertThat(tail.floor()).isEqualTo(13);
    }

    @Test
    void a_row_that_commits_late_is_still_found_because_the_floor_waits_below_it() {
        assertThat(accept(0, 12L)).containsExactly(12L);
        assertThat(tail.floor()).as("11 is missing: the next read starts after 10").isEqualTo(10);
        assertThat(accept(SECOND, 12L, 13L)).as("read again, handed out once").containsExactly(13L);
        assertThat(accept(2 * SECOND, 11L, 12L, 13L)).containsExactly(11L);
        assertThat(tail.floor()).isEqualTo(13);
    }

    @Test
    void a_missing_id_is_given_up_after_the_patience_and_the_reads_move_on() {
        accept(0, 11L, 14L);
        assertThat(tail.floor()).isEqualTo(11);
        accept(9 * SECOND, 14L);
        assertThat(tail.floor()).as("still waiting for 12 and 13").isEqualTo(11);
        assertThat(accept(10 * SECOND, 14L, 15L)).containsExactly(15L);
        assertThat(tail.floor()).as("12 and 13 given up together").isEqualTo(15);
        assertThat(accept(11 * SECOND, 12L)).as("too late: below the floor").isEmpty();
    }

    @Test
    void ids_a_cluster_skips_do_not_hold_each_read_back_one_id_at_a_time() {
        // auto_increment_increment = 2: every other id never exists.
        accept(0, 11L, 13L, 15L, 17L);
        assertThat(accept(10 * SECOND, 19L)).containsExactly(19L);
        assertThat(tail.floor()).isEqualTo(17);
    }
}
