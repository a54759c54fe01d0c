package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionState;

/** When boards may share a read: only one made after the feed's read that told them of the changes. */
class SharedBoardReadsTest {

    private final AtomicLong generation = new AtomicLong(5);
    private final SharedBoardReads shared = new SharedBoardReads(generation::get);
    private final AtomicInteger reads = new AtomicInteger();
    private static final SharedBoardReads.Key RECEIVED = new SharedBoardReads.Key(new UnitId(1), Optional.empty(),
            BoardFilter.allDomains(), PetitionState.RECEIVED, 30, null);

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void boards_told_of_the_same_changes_share_one_read() {
        String first = shared.shared(RECEIVED, this::read);
        String second = shared.shared(RECEIVED, this::read);

        assertThat(second).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void after_the_feed_reads_again_the_next_board_reads_again() {
        shared.shared(RECEIVED, this::read);
        generation.incrementAndGet();

        assertThat(shared.shared(RECEIVED, this::read)).isEqualTo("answer 2");
    }

    @Test
    void another_scope_filter_or_column_is_another_read() {
        shared.shared(RECEIVED, this::read);
        shared.shared(new SharedBoardReads.Key(new UnitId(1), Optional.of(new DepartmentId(3)),
                BoardFilter.allDomains(), PetitionState.RECEIVED, 30, null), this::read);
        shared.shared(new SharedBoardReads.Key(new UnitId(2), Optional.empty(), BoardFilter.allDomains(),
                PetitionState.RECEIVED, 30, null), this::read);
        shared.shared(new SharedBoardReads.Key(new UnitId(1), Optional.empty(),
                BoardFilter.domain(new vn.petitionboard.organisation.DomainId(4)), PetitionState.RECEIVED, 30, null),
                this::read);
        shared.shared(new SharedBoardReads.Key(new UnitId(1), Optional.empty(), BoardFilter.allDomains(),
                PetitionState.ASSIGNED, 30, null), this::read);

        assertThat(reads).hasValue(5);
    }

    @Test
    void a_pages_own_request_always_reads_and_serves_the_boards_told_after_it() {
        shared.shared(RECEIVED, this::read);

        assertThat(shared.fresh(RECEIVED, this::read)).isEqualTo("answer 2");
        assertThat(shared.shared(RECEIVED, this::read)).isEqualTo("answer 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_read_started_before_the_feed_read_again_serves_no_board_told_after() {
        shared.fresh(RECEIVED, () -> {
            generation.incrementAndGet(); // the feed reads while this read is under way
            return read();
        });

        assertThat(shared.shared(RECEIVED, this::read)).isEqualTo("answer 2");
    }

    /**
     * A page's own read runs in its transaction, holding a connection: waiting there for a page that is itself
     * waiting for a connection stalled every board until the pool's timeout (load test, 2026-12-03).
     */
    @Test
    void a_pages_own_read_never_waits_for_a_page_reading_for_changes() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService boards = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> told = boards.submit(() -> shared.shared(RECEIVED, () -> {
                reading.countDown();
                awaitQuietly(release);
                return "told";
            }));
            try {
                reading.await();
                // A deadlock guard, not a speed check: fresh() must return while the other read holds its lock.
                String own = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                        () -> shared.fresh(RECEIVED, this::read));
                assertThat(own).isEqualTo("answer 1");
            } finally {
                release.countDown();
            }
            assertThat(told.get()).isEqualTo("told");
        }
    }

    @Test
    void boards_asking_at_once_wait_for_the_one_read() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService boards = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                answers.add(boards.submit(() -> shared.shared(RECEIVED, () -> {
                    awaitQuietly(release);
                    return read();
                })));
            }
            release.countDown();
        }
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isEqualTo("answer 1");
        }
        assertThat(reads).hasValue(1);
    }
}
