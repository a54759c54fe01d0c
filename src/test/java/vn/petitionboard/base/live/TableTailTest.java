package vn.petitionboard.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The reads of a tail: nothing old on the first, then everything new, however many batches it takes. */
class TableTailTest {

    /** A table of ids in memory, read as the database would: after an id, oldest first, at most a batch. */
    private final List<Long> table = new ArrayList<>(List.of(1L, 2L, 3L));
    private int reads;

    private final TableTail<Long> tail = new TableTail<>(new TableTail.Source<>() {
        @Override
        public long highestId() {
            return table.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        @Override
        public List<Long> after(long id, int limit) {
            reads++;
            return table.stream().filter(row -> row > id).sorted().limit(limit).toList();
        }
    }, Long::longValue, Duration.ofSeconds(10), 500);

    @Test
    void the_first_read_notes_where_the_table_ends_and_hands_out_nothing_old() {
        assertThat(tail.readNew()).isEmpty();
        table.add(4L);
        assertThat(tail.readNew()).containsExactly(4L);
        assertThat(tail.readNew()).isEmpty();
    }

    @Test
    void a_burst_larger_than_a_batch_is_read_whole_in_one_turn() {
        tail.readNew();
        LongStream.rangeClosed(4, 1203).forEach(table::add);
        reads = 0;

        assertThat(tail.readNew()).hasSize(1200).startsWith(4L).endsWith(1203L);
        assertThat(reads).as("500 + 500 + 200").isEqualTo(3);
    }
}
