package vn.petitionboard.benchmark.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual users measured, per kind of step: latency (wall time of the step's requests, one after the other),
 * bytes on the wire and uncompressed, HTTP requests, and failures by cause; plus counters of what happened to moves.
 * Thread-safe: every virtual user records into the same instance.
 */
final class LoadStats {

    /** The steps a user takes; MOVE is dragstart + drop up to the open dialog, CONFIRM the click on Confirm. */
    enum Kind {
        LOGIN("login (page, login view, form POST)"),
        BOARD_OPEN("board open (page, init, navigation, first rows)"),
        LOAD_MORE("load more (next 30 cards, rows scrolled to)"),
        MOVE("move (dragstart + drop → dialog)"),
        FILL("fill the dialog's fields"),
        CONFIRM("confirm (click → columns reload)"),
        CLOSE("dialog and notification closed"),
        WHOLE_MOVE("whole move (the four above)"),
        LOGOUT("logout");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One step: when it ended (ms since the run started), how long it took, bytes, requests, failure or null. */
    record Sample(long endMillis, long nanos, long wireBytes, long bodyBytes, int requests, String failure) {
    }

    /**
     * Where one virtual user's steps and applied moves are written as they happen, with the time and the app node
     * (the failover test's record; the plain load run has none).
     */
    interface Journal {
        void step(Kind kind, long nanos, String failure);

        void applied(VirtualUser.Pick pick);
    }

    private final long startNanos;
    private final Map<Kind, List<Sample>> samples;
    private final Map<String, AtomicLong> counters;
    private final Journal journal;

    LoadStats() {
        startNanos = System.nanoTime();
        samples = new EnumMap<>(Kind.class);
        counters = new ConcurrentHashMap<>();
        journal = null;
        for (Kind kind : Kind.values()) {
            samples.put(kind, new ArrayList<>());
        }
    }

    private LoadStats(LoadStats shared, Journal journal) {
        this.startNanos = shared.startNanos;
        this.samples = shared.samples;
        this.counters = shared.counters;
        this.journal = journal;
    }

    /** The same figures, one user's steps and moves also written to its journal. */
    LoadStats journaled(Journal userJournal) {
        return new LoadStats(this, userJournal);
    }

    /** A move the app said it saved (the success message shown, the dialog closed). */
    void applied(VirtualUser.Pick pick) {
        if (journal != null) {
            journal.applied(pick);
        }
    }

    void record(Kind kind, long nanos, long wire, long body, int requests, String failure) {
        Sample sample = new Sample((System.nanoTime() - startNanos) / 1_000_000, nanos, wire, body, requests,
                failure);
        List<Sample> list = samples.get(kind);
        synchronized (list) {
            list.add(sample);
        }
        if (journal != null) {
            journal.step(kind, nanos, failure);
        }
        if (failure != null && kind != Kind.WHOLE_MOVE) {
            count("failure " + kind.name() + ": " + failure);
        }
    }

    void count(String what) {
        counters.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    long counter(String what) {
        AtomicLong value = counters.get(what);
        return value == null ? 0 : value.get();
    }

    Map<String, Long> counters() {
        Map<String, Long> sorted = new TreeMap<>();
        counters.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted;
    }

    List<Sample> samples(Kind kind) {
        List<Sample> list = samples.get(kind);
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Figures of one kind: count, failures, latency percentiles (ms) and mean bytes. */
    record Summary(int count, int failures, int requests, double p50, double p95, double p99, double max,
            double mean, long meanWire, long meanBody) {
    }

    Summary summary(Kind kind) {
        List<Sample> all = samples(kind);
        double[] ms = all.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        int failures = (int) all.stream().filter(s -> s.failure() != null).count();
        int requests = all.stream().mapToInt(Sample::requests).sum();
        long wire = all.isEmpty() ? 0 : all.stream().mapToLong(Sample::wireBytes).sum() / all.size();
        long body = all.isEmpty() ? 0 : all.stream().mapToLong(Sample::bodyBytes).sum() / all.size();
        return new Summary(all.size(), failures, requests, percentile(ms, 50), percentile(ms, 95),
                percentile(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1], Arrays.stream(ms).average().orElse(0),
                wire, body);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
