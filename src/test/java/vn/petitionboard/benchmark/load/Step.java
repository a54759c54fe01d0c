package vn.petitionboard.benchmark.load;

import vn.petitionboard.benchmark.load.FlowConnection.Exchange;
import vn.petitionboard.benchmark.load.LoadStats.Kind;

/** The requests of one step, one after the other: their time and bytes add up; the first problem is the failure. */
final class Step {

    private final LoadStats stats;
    private final Kind kind;
    private long nanos;
    private long wire;
    private long body;
    private int requests;
    private String failure;

    Step(LoadStats stats, Kind kind) {
        this.stats = stats;
        this.kind = kind;
    }

    boolean add(Exchange e) {
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
    }

    /** Records the step; true when it did not fail. */
    boolean record() {
        stats.record(kind, nanos, wire, body, requests, failure);
        return failure == null;
    }
}
