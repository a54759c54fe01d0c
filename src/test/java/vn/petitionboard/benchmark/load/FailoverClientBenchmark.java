package vn.petitionboard.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the normal run (tag "benchmark"): the virtual users of deploy/failover-test (issue 14 item 4). They
 * work on the cluster's demo data through nginx, each in its own session, as demo leaders (chutich and bithu by
 * turns): every FAILOVER_INTERVAL_SECONDS one answers an IN_PROGRESS card of its share or sends an ANSWERED one back
 * to its department, through the board's drag and dialog like {@link LoadClientBenchmark}'s users; a user whose
 * session is gone (its app node killed) is sent to the login page and signs in again. They go on until the file
 * "stop" appears in FAILOVER_RUN_DIR (or FAILOVER_MAX_SECONDS), writing steps.tsv and moves.tsv there
 * ({@link FailoverJournal}); the script checks those against the three database nodes.
 *
 * <p>Settings: FAILOVER_RUN_DIR (required), FAILOVER_BASE_URL (http://127.0.0.1:8400), FAILOVER_VUSERS (8),
 * FAILOVER_ACCOUNTS (chutich,bithu), FAILOVER_INTERVAL_SECONDS (4), FAILOVER_MAX_SECONDS (900),
 * FAILOVER_REQUEST_TIMEOUT_SECONDS (30).
 */
@Tag("benchmark")
class FailoverClientBenchmark {

    @Test
    void virtual_users_move_cards_through_the_cluster_until_told_to_stop() throws Exception {
        Path run = Path.of(env("FAILOVER_RUN_DIR", null));
        int n = Integer.parseInt(env("FAILOVER_VUSERS", "8"));
        List<String> accounts = List.of(env("FAILOVER_ACCOUNTS", "chutich,bithu").split(","));
        Duration interval = Duration.ofSeconds(Long.parseLong(env("FAILOVER_INTERVAL_SECONDS", "4")));
        Duration max = Duration.ofSeconds(Long.parseLong(env("FAILOVER_MAX_SECONDS", "900")));
        LoadConfig config = new LoadConfig(URI.create(env("FAILOVER_BASE_URL", "http://127.0.0.1:8400")), n,
                interval, max, interval,
                Duration.ofSeconds(Long.parseLong(env("FAILOVER_REQUEST_TIMEOUT_SECONDS", "30"))), List.of(),
                env("FAILOVER_PASSWORD", "demo@2020"), 0, Optional.empty());
        // One pool over every user: each card is one user's (by a hash of its id), so no two users reach for it.
        List<LoadPlan.User> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new LoadPlan.User(i, LoadPlan.Role.ROUND_TRIP, accounts.get(i % accounts.size()), "",
                    "failover", i, n));
        }
        Path stopFile = run.resolve("stop");
        LoadStats stats = new LoadStats();
        try (FailoverJournal journal = new FailoverJournal(run);
                ExecutorService http = Executors.newVirtualThreadPerTaskExecutor();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch moving = new CountDownLatch(n);
            CountDownLatch logoutGate = new CountDownLatch(1);
            long start = System.nanoTime();
            long deadline = start + max.toNanos();
            for (LoadPlan.User user : users) {
                long startAt = start + interval.toNanos() * user.index() / n;
                threads.submit(new VirtualUser(user, config, stats, http, startAt, deadline, moving, logoutGate,
                        () -> Files.exists(stopFile), c -> stats.journaled(journal.of(user, c))));
            }
            Files.writeString(run.resolve("client-started"), Long.toString(System.currentTimeMillis()));
            moving.await(max.toSeconds() + 120, TimeUnit.SECONDS);
            logoutGate.countDown();
            threads.shutdown();
            threads.awaitTermination(60, TimeUnit.SECONDS);
        }
        StringBuilder counters = new StringBuilder();
        for (Map.Entry<String, Long> c : stats.counters().entrySet()) {
            counters.append(c.getValue()).append('\t').append(c.getKey()).append('\n');
        }
        Files.writeString(run.resolve("counters.tsv"), counters);
        System.out.print(counters);
        assertThat(stats.counter("moves applied")).as("moves applied").isPositive();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalStateException(name + " is not set (deploy/failover-test sets it)");
            }
            return fallback;
        }
        return value;
    }
}
