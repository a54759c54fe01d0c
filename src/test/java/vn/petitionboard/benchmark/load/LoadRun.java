package vn.petitionboard.benchmark.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One run: N virtual users on virtual threads, started evenly over the ramp-up, moving cards until ramp-up + duration
 * is over; the app's CPU and heap sampled meanwhile; then, with every session still open, the heap after a full GC;
 * then the users log out and the heap is measured again. With the app's database given, the history rows the wards'
 * users wrote during the run are counted, to compare with the moves the client saw applied.
 */
final class LoadRun {

    /** Everything the report needs. */
    record Result(LoadConfig config, List<LoadPlan.User> users, LoadStats stats, List<AppSampler.Sample> samples,
            Instant startedAt, double windowSeconds, String loadBefore, String loadAfter, String heapAtStart,
            String heapWithSessions, String heapAfterLogout, Map<String, Long> historyRows) {

        long movesApplied() {
            return stats.counter("moves applied");
        }

        long historyTotal() {
            return historyRows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final long GRACE_SECONDS = 180;

    private final LoadConfig config;

    LoadRun(LoadConfig config) {
        this.config = config;
    }

    Result run() throws InterruptedException {
        List<LoadPlan.User> users = LoadPlan.users(config.users(), config.wards());
        long historyBefore = config.database().map(db -> maxHistoryId()).orElse(0L);
        String loadBefore = AppSampler.loadAverage();
        LoadStats stats = new LoadStats();
        Instant startedAt = Instant.now();
        List<AppSampler.Sample> window;
        String heapAtStart;
        String heapWithSessions;
        String heapAfterLogout;
        double windowSeconds;
        // The HTTP clients' executor outlives the users' threads: they still log out after the users' executor closes.
        try (AppSampler sampler = new AppSampler(config.appPid());
                ExecutorService http = Executors.newVirtualThreadPerTaskExecutor();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            heapAtStart = sampler.heapInfo(false);
            CountDownLatch moving = new CountDownLatch(users.size());
            CountDownLatch logoutGate = new CountDownLatch(1);
            long start = System.nanoTime();
            long deadline = start + config.rampUp().toNanos() + config.duration().toNanos();
            for (LoadPlan.User user : users) {
                long startAt = start + config.rampUp().toNanos() * user.index() / users.size();
                threads.submit(new VirtualUser(user, config, stats, http, startAt, deadline, moving, logoutGate));
            }
            boolean allStopped = moving.await(config.rampUp().toSeconds() + config.duration().toSeconds()
                    + GRACE_SECONDS, TimeUnit.SECONDS);
            if (!allStopped) {
                stats.count("users still busy " + GRACE_SECONDS + " s after the deadline");
            }
            windowSeconds = (System.nanoTime() - start) / 1e9;
            window = sampler.samples();
            heapWithSessions = sampler.heapInfo(true);
            logoutGate.countDown();
            threads.shutdown();
            if (!threads.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
            heapAfterLogout = sampler.heapInfo(true);
        }
        Map<String, Long> history = config.database().map(db -> historySince(historyBefore)).orElse(Map.of());
        return new Result(config, users, stats, window, startedAt, windowSeconds, loadBefore,
                AppSampler.loadAverage(), heapAtStart, heapWithSessions, heapAfterLogout, history);
    }

    private long maxHistoryId() {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM petition_history"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** History rows written after the given id by the wards' users, by event type. */
    private Map<String, Long> historySince(long id) {
        Map<String, Long> rows = new TreeMap<>();
        String wards = String.join(", ", Collections.nCopies(config.wards().size(), "?"));
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT h.event_type, COUNT(*)"
                + " FROM petition_history h JOIN app_user u ON u.id = h.actor_id WHERE h.id > ?"
                + " AND SUBSTRING_INDEX(u.username, '.', 1) IN (" + wards + ") GROUP BY h.event_type")) {
            s.setLong(1, id);
            for (int i = 0; i < config.wards().size(); i++) {
                s.setString(i + 2, config.wards().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getLong(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        LoadConfig.Database db = config.database().orElseThrow();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
