package vn.petitionboard.benchmark.load;

import vn.petitionboard.benchmark.load.FlowConnection.Exchange;
import vn.petitionboard.benchmark.load.LoadStats.Kind;

/**
 * The requests of one step, one after the other: their time and bytes add up; the first problem is the failure. A
 * step may belong to a larger one (a card move's parts to the whole move), which then counts them too.
 */
final class Step {

    private final LoadStats stats;
    private final Kind kind;
    private final Step whole;
    private long nanos;
    private long wire;
    private long body;
    private int requests;
    private String failure;

    Step(LoadStats stats, Kind kind) {
        this(stats, kind, null);
    }

    Step(LoadStats stats, Kind kind, Step whole) {
        this.stats = stats;
        this.kind = kind;
        this.whole = whole;
    }

    boolean add(Exchange e) {
        if (whole != null) {
            whole.add(e);
        }
        nanos += e.nanos();
        wire += e.wireBytes();
        body += e.bodyBytes();
        requests++;
        if (e.problem() != null) {
            fail(e.problem());
        }
        return e.problem() == null;
    }

    void fail(String why) {
        if (failure == null) {
            failure = why;
        }
        if (whole != null) {
            whole.fail(why);
        }
    }

    /** Records the step; true when it did not fail. */
    boolean record() {
        stats.record(kind, nanos, wire, body, requests, failure);
        return failure == null;
    }
}
