package vn.petitionboard.base.live;

/**
 * A table that app instances read a few times a second to learn what other instances (and this one) committed: the
 * way a change travels from one server to the pages open on every server. {@link FeedPolling} calls each one.
 */
public interface PolledFeed {

    /** Reads what is new since the last call and hands it to the open pages that want it. */
    void poll();
}
