package vn.petitionboard.board;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.live.PetitionChanges;

/**
 * The board reads that open boards share when the live feed tells them of the same changes. Every board of a unit
 * that may notice a change reads its counts and the changed columns again; with many boards open those reads are the
 * same statements with the same answer (same scope, filter, column), so each is made once and handed to all of them.
 * <p>
 * A shared answer is only given to a page if its read started after the feed's read that told the page of the
 * changes ({@link PetitionChanges#generation()}): it then shows every change the page was told of, the same as a read
 * of its own. A page's own request (opening the board, after its user's move) never takes a shared answer, since the
 * feed may not have read its user's change yet; its fresh answer is offered to the pages that come after it.
 * Answers are kept {@link #KEEP} at most, and only the first page of a column: "load more" always reads.
 */
@Component
class SharedBoardReads {

    static final Duration KEEP = Duration.ofSeconds(2);
    private static final int SWEEP_ABOVE = 1000;

    /**
     * What a read depends on: the user's scope, the filter, the column (null: the counts) and the page size; for the
     * lanes of the board by domain, the day (their overdue counts), with no filter, column or size.
     */
    record Key(UnitId unit, Optional<DepartmentId> department, BoardFilter filter, PetitionState column, int limit,
            LocalDate day) {

        static Key counts(PetitionConditions scope, BoardFilter filter) {
            return new Key(scope.unit(), scope.department(), filter, null, 0, null);
        }

        static Key firstPage(PetitionConditions scope, BoardFilter filter, PetitionState column, int limit) {
            return new Key(scope.unit(), scope.department(), filter, column, limit, null);
        }

        static Key lanes(PetitionConditions scope, LocalDate day) {
            return new Key(scope.unit(), scope.department(), null, null, 0, day);
        }
    }

    /** An answer and the feed's read it started after. */
    private record Answer(long generation, long madeAt, Object value) {

        boolean serves(long wanted, long now) {
            return generation >= wanted && now - madeAt < KEEP.toNanos();
        }
    }

    /**
     * A key's latest answer, and the lock of the one page reading it for the pages told of changes. A page's own read
     * never waits for that lock: it may hold a connection in its transaction, and the page holding the lock may be
     * waiting for a connection (all of them held by such pages would wait for each other until the pool's timeout).
     */
    private static final class Slot {
        private final ReentrantLock reading = new ReentrantLock();
        private final AtomicReference<Answer> latest = new AtomicReference<>();

        private Answer serving(long wanted) {
            Answer answer = latest.get();
            return answer != null && answer.serves(wanted, System.nanoTime()) ? answer : null;
        }

        private void offer(long readGeneration, Object value) {
            Answer offered = new Answer(readGeneration, System.nanoTime(), value);
            latest.accumulateAndGet(offered, (kept, newer) -> kept == null || newer.generation() >= kept.generation()
                    ? newer : kept);
        }
    }

    private final ConcurrentHashMap<Key, Slot> slots = new ConcurrentHashMap<>();
    private final LongSupplier feedGeneration;

    @Autowired
    SharedBoardReads(PetitionChanges feed) {
        this(feed::generation);
    }

    SharedBoardReads(LongSupplier feedGeneration) {
        this.feedGeneration = feedGeneration;
    }

    /**
     * For a page told of changes: an answer read after the feed's latest read, by this page or another. Pages asking
     * the same while it is being read wait for it instead of reading it too. Call it outside a transaction.
     */
    @SuppressWarnings("unchecked")
    <T> T shared(Key key, Supplier<T> read) {
        long wanted = feedGeneration.getAsLong();
        sweep();
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        Answer ready = slot.serving(wanted);
        if (ready != null) {
            return (T) ready.value();
        }
        slot.reading.lock();
        try {
            ready = slot.serving(wanted);
            if (ready != null) {
                return (T) ready.value();
            }
            long started = feedGeneration.getAsLong();
            T answer = read.get();
            slot.offer(started, answer);
            return answer;
        } finally {
            slot.reading.unlock();
        }
    }

    /** For a page's own request: always read, and offered to the pages told of changes after it. Never waits. */
    <T> T fresh(Key key, Supplier<T> read) {
        long started = feedGeneration.getAsLong();
        T answer = read.get();
        slots.computeIfAbsent(key, k -> new Slot()).offer(started, answer);
        sweep();
        return answer;
    }

    private void sweep() {
        if (slots.size() > SWEEP_ABOVE) {
            long now = System.nanoTime();
            slots.values().removeIf(slot -> {
                Answer answer = slot.latest.get();
                return answer == null || now - answer.madeAt() >= KEEP.toNanos();
            });
        }
    }
}
