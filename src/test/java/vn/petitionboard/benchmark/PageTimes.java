package vn.petitionboard.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.petitionboard.benchmark.StatementLog.Statement;

/**
 * Times one page's server work: a first call that also records its statements, a few warm-up calls, then up to 20
 * timed calls. A call that exceeds the limit is abandoned (its statement is cancelled by the query timeout) and the
 * page recorded as "> 60 s". Slow pages get fewer runs, so a 1,000,000-row run ends in reasonable time.
 */
final class PageTimes {

    static final long LIMIT_MILLIS = BenchmarkConfig.QUERY_TIMEOUT_SECONDS * 1000L;
    static final int RUNS = 20;
    static final int WARM_UP = 3;
    /** A page's timed runs stop adding up after this long (at least 3 runs). */
    static final long BUDGET_MILLIS = 60_000;

    /** One page's figures; {@code timedOut} when a call went over the limit. */
    record Result(String page, String user, String rows, int runs, double p50, double p95, double max,
            boolean timedOut, List<Statement> statements) {

        String cells() {
            if (runs == 0) {
                return rows + " | failed | | ";
            }
            if (timedOut) {
                return "%s | > %d s | | ".formatted(rows, LIMIT_MILLIS / 1000);
            }
            return "%s | %s | %s | %s".formatted(rows, ms(p50), ms(p95), ms(max));
        }

        /** The statement that took longest on the first call, the one worth an EXPLAIN. */
        Statement slowest() {
            return statements.stream().max((a, b) -> Double.compare(a.millis(), b.millis())).orElse(null);
        }
    }

    private PageTimes() {
    }

    /** As {@link #timed}, but a page whose call fails is recorded with the error, and the run goes on. */
    static Result measure(String page, String user, StatementLog log, Callable<String> call) throws Exception {
        try {
            return timed(page, user, log, call);
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("").replace("|", "/");
            return new Result(page, user, "error: " + message, 0, 0, 0, 0, false, List.of());
        }
    }

    private static Result timed(String page, String user, StatementLog log, Callable<String> call) throws Exception {
        long first = System.nanoTime();
        Outcome<StatementLog.Captured<String>> probe = within(() -> log.capture(call));
        double firstMillis = (System.nanoTime() - first) / 1_000_000.0;
        if (probe.timedOut()) {
            return new Result(page, user, "", 1, 0, 0, 0, true, List.of());
        }
        String rows = probe.value().result();
        List<Statement> statements = probe.value().statements();
        int warmUps = firstMillis < 2_000 ? WARM_UP : 0;
        for (int i = 0; i < warmUps; i++) {
            if (within(call).timedOut()) {
                return new Result(page, user, rows, 1, 0, 0, 0, true, statements);
            }
        }
        int runs = (int) Math.clamp(BUDGET_MILLIS / Math.max(firstMillis, 1), 3, RUNS);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (within(call).timedOut()) {
                return new Result(page, user, rows, i + 1, 0, 0, 0, true, statements);
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new Result(page, user, rows, runs, percentile(millis, 0.50), percentile(millis, 0.95),
                millis[runs - 1], false, statements);
    }

    private record Outcome<T>(T value, boolean timedOut) {
    }

    /** On its own thread, so a call that hangs can be left behind; the signed-in user travels inside {@code call}. */
    private static <T> Outcome<T> within(Callable<T> call) throws Exception {
        long started = System.nanoTime();
        FutureTask<T> task = new FutureTask<>(call);
        Thread thread = Thread.ofPlatform().name("page-timer").daemon().start(task);
        try {
            return new Outcome<>(task.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS), false);
        } catch (TimeoutException e) {
            task.cancel(true);
            thread.join(10_000); // the query timeout ends the statement shortly after
            return new Outcome<>(null, true);
        } catch (ExecutionException e) {
            // A statement cancelled by the query timeout does not always say so: MariaDB may report the failure
            // of whatever it was doing when killed (a temporary table, for one). Near the limit, it timed out.
            if (System.nanoTime() - started >= (LIMIT_MILLIS - 2_000) * 1_000_000) {
                return new Outcome<>(null, true);
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis)
                : String.format(Locale.ROOT, "%.1f", millis);
    }

    /** Bytes allocated by the current thread so far (HotSpot), for the export's memory figure. */
    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
