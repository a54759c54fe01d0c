package vn.petitionboard.base.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Where a reader of an append-only table stands, by auto-increment id, when transactions commit out of order: the row
 * with id 11 can be visible before the one with id 10, which then appears a moment later. Every id up to
 * {@link #floor()} has been handed out (or given up on); above it the tail remembers which ids it has handed out, and
 * since when each missing one has been missing. The next read starts after the floor, so a late row is still found;
 * a missing id that stays missing longer than the patience (a rolled-back insert, an id a cluster never uses) is
 * given up on. Not thread-safe: one poller owns it.
 */
public final class IdTail {

    private final long patienceNanos;
    private long floor;
    private long highest;
    private final TreeSet<Long> handedOut = new TreeSet<>();
    /** Missing ids above the floor, as ranges: first id → {last id, when first missed (nanos)}. */
    private final TreeMap<Long, long[]> gaps = new TreeMap<>();

    /** @param start the highest id already there (nothing up to it is handed out) */
    public IdTail(long start, Duration patience) {
        this.floor = start;
        this.highest = start;
        this.patienceNanos = patience.toNanos();
    }

    /** The next read asks for rows with a greater id than this. */
    public long floor() {
        return floor;
    }

    /**
     * Takes the rows a read found (ids above the floor, in any order) and returns the ones not handed out before, in
     * the order given; then moves the floor up as far as it can.
     */
    public <R> List<R> accept(List<R> rows, ToLongFunction<R> idOf, long nowNanos) {
        List<R> fresh = new ArrayList<>();
        for (R row : rows) {
            long id = idOf.applyAsLong(row);
            if (id > floor && handedOut.add(id)) {
                fresh.add(row);
                if (id > highest + 1) {
                    gaps.put(highest + 1, new long[] {id - 1, nowNanos});
                }
                highest = Math.max(highest, id);
            }
        }
        advance(nowNanos);
        return fresh;
    }

    private void advance(long nowNanos) {
        while (floor < highest) {
            long next = floor + 1;
            if (handedOut.remove(next)) {
                floor = next;
                continue;
            }
            Map.Entry<Long, long[]> gap = gaps.floorEntry(next);
            if (gap == null || next > gap.getValue()[0] || nowNanos - gap.getValue()[1] < patienceNanos) {
                return;
            }
            // Waited long enough for this missing range: the ids of it that did arrive were handed out already.
            long last = gap.getValue()[0];
            gaps.remove(gap.getKey());
            handedOut.headSet(last, true).clear();
            floor = last;
        }
        gaps.headMap(floor, true).clear();
    }
}
