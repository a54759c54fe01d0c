package vn.petitionboard.base.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Reads the rows an append-only table gained since the last read, by id, in batches (see {@link IdTail} for rows
 * that commit out of order). The first read only notes where the table ends: what was there before is not news.
 */
public final class TableTail<R> {

    /** Where the rows come from: the highest id, and the rows after an id, oldest first. */
    public interface Source<R> {

        long highestId();

        List<R> after(long id, int limit);
    }

    private final Source<R> source;
    private final ToLongFunction<R> idOf;
    private final Duration patience;
    private final int batch;
    private IdTail tail;
    /** Reads done; see {@link #generation()}. */
    private volatile long generation;

    public TableTail(Source<R> source, ToLongFunction<R> idOf, Duration patience, int batch) {
        this.source = source;
        this.idOf = idOf;
        this.patience = patience;
        this.batch = batch;
    }

    /** The rows not read before (none on the first call). */
    public synchronized List<R> readNew() {
        if (tail == null) {
            tail = new IdTail(source.highestId(), patience);
            return List.of();
        }
        List<R> fresh = new ArrayList<>();
        long after = tail.floor();
        List<R> read;
        do {
            read = source.after(after, batch);
            fresh.addAll(tail.accept(read, idOf, System.nanoTime()));
            after = read.isEmpty() ? after : idOf.applyAsLong(read.getLast());
        } while (read.size() == batch);
        generation++;
        return fresh;
    }

    /**
     * How many reads have been done. Every row handed out by the read that made it this number had committed: a
     * database read that starts after this method returned n sees every row handed out by reads up to n.
     */
    public long generation() {
        return generation;
    }
}
