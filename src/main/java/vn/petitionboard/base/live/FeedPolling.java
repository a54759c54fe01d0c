package vn.petitionboard.base.live;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per app instance reads every {@link PolledFeed} in turn, a fixed delay apart (its own thread, so that a
 * slow mail server on Spring's scheduler never holds up the live pages). A failed read (the database away) is logged
 * and tried again at the next turn.
 */
@Component
class FeedPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

    private final List<PolledFeed> feeds;
    private final long delayMillis;
    private ScheduledExecutorService executor;

    FeedPolling(List<PolledFeed> feeds, @Value("${petitionboard.live.poll-millis:500}") long delayMillis) {
        this.feeds = feeds;
        this.delayMillis = delayMillis;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-feeds").daemon()
                .factory());
        executor.scheduleWithFixedDelay(this::pollAll, delayMillis, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void pollAll() {
        for (PolledFeed feed : feeds) {
            try {
                feed.poll();
            } catch (RuntimeException e) {
                log.warn("Live feed {} could not be read: {}", feed.getClass().getSimpleName(), e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
