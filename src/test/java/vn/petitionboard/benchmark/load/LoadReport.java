package vn.petitionboard.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import vn.petitionboard.benchmark.load.LoadStats.Kind;
import vn.petitionboard.benchmark.load.LoadStats.Summary;

/** Writes a run's figures to target/benchmarks/load-N.md. */
final class LoadReport {

    private LoadReport() {
    }

    static Path write(LoadRun.Result r) throws IOException {
        LoadConfig c = r.config();
        LoadStats stats = r.stats();
        StringBuilder md = new StringBuilder();
        md.append("# Load: ").append(c.users()).append(" virtual users on the board\n\n");
        md.append(String.format(Locale.ROOT, "Started %s; %d users started evenly over %d s, then %d s more; each"
                + " moves a card every %d s. App %s (pid %d). Load average before %s, after %s. Window measured:"
                + " %.0f s.%n%n", r.startedAt(), c.users(), c.rampUp().toSeconds(), c.duration().toSeconds(),
                c.interval().toSeconds(), c.baseUrl(), c.appPid(), r.loadBefore(), r.loadAfter(), r.windowSeconds()));

        md.append("## Steps\n\nLatency is the sum of the step's HTTP round trips, one after the other (ms). Bytes are"
                + " response bodies per step, mean: on the wire (gzip) and uncompressed.\n\n");
        md.append("| step | count | failed | p50 | p95 | p99 | max | mean | KB wire | KB body | requests |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int steps = 0;
        int failed = 0;
        int requests = 0;
        for (Kind kind : Kind.values()) {
            Summary s = stats.summary(kind);
            if (kind != Kind.WHOLE_MOVE) { // its requests and failures are those of its parts
                steps += s.count();
                failed += s.failures();
                requests += s.requests();
            }
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %d |%n",
                    kind.label, s.count(), s.failures(), s.p50(), s.p95(), s.p99(), s.max(), s.mean(),
                    s.meanWire() / 1024.0, s.meanBody() / 1024.0, s.requests()));
        }
        long attempted = stats.counter("moves attempted");
        long applied = r.movesApplied();
        long notApplied = stats.counters().entrySet().stream().filter(e -> e.getKey().startsWith("move not applied"))
                .mapToLong(Map.Entry::getValue).sum();
        md.append(String.format(Locale.ROOT, "%nErrors: %d of %d steps failed (%.2f %%): HTTP errors, timeouts,"
                + " Vaadin appError / session expired / resync, or an unexpected screen. Moves: %d attempted, %d applied,"
                + " %d not applied (%.2f %%). HTTP requests: %d, %.1f a second; moves applied: %.1f a minute.%n%n",
                failed, steps, steps == 0 ? 0 : 100.0 * failed / steps, attempted, applied, notApplied,
                attempted == 0 ? 0 : 100.0 * notApplied / attempted, requests, requests / r.windowSeconds(),
                applied * 60 / r.windowSeconds()));

        md.append("## Machine during the run (every second)\n\nCPU in % of all ").append(
                Runtime.getRuntime().availableProcessors()).append(" cores; heap used from `jstat -gc`.\n\n");
        md.append("| figure | mean | p95 | max |\n|---|---:|---:|---:|\n");
        List<AppSampler.Sample> samples = r.samples();
        row(md, "app CPU %", samples, AppSampler.Sample::appCpu, 1);
        row(md, "MariaDB CPU %", samples, AppSampler.Sample::dbCpu, 1);
        row(md, "load client CPU %", samples, AppSampler.Sample::clientCpu, 1);
        row(md, "whole machine CPU %", samples, AppSampler.Sample::machineCpu, 1);
        row(md, "other processes CPU % (machine − the three above)", samples, s -> Math.max(0,
                s.machineCpu() - Math.max(0, s.appCpu()) - Math.max(0, s.dbCpu()) - Math.max(0, s.clientCpu())), 1);
        row(md, "load average (1 min)", samples, AppSampler.Sample::load1, 1);
        row(md, "app heap used, MB", samples, s -> s.heapUsedKb() < 0 ? Double.NaN : s.heapUsedKb() / 1024.0, 1);
        long withSessions = AppSampler.usedKb(r.heapWithSessions());
        long afterLogout = AppSampler.usedKb(r.heapAfterLogout());
        md.append(String.format(Locale.ROOT, "%nHeap after a full GC (`jcmd GC.run`, then `GC.heap_info`): at the start"
                + " %,d KB (no GC), with the %d sessions still open %,d KB, after they logged out %,d KB: %,d KB per"
                + " session (its login UI and board UI).%n%n", AppSampler.usedKb(r.heapAtStart()), c.users(),
                withSessions, afterLogout, c.users() == 0 ? 0 : (withSessions - afterLogout) / c.users()));

        timeline(md, stats, samples);
        md.append("## Moves and everything counted\n\n| what | count |\n|---|---:|\n");
        stats.counters().forEach((k, v) -> md.append("| ").append(k.replace("|", "/")).append(" | ").append(v)
                .append(" |\n"));
        if (c.database().isPresent()) {
            md.append(String.format(Locale.ROOT, "%nHistory rows written by the wards' users during the run: %d (%s);"
                    + " moves the client saw applied: %d: %s.%n", r.historyTotal(), r.historyRows(), applied,
                    r.historyTotal() == applied ? "they match" : "MISMATCH"));
        }
        md.append("\n## Users\n\n| pool | users | account(s) |\n|---|---:|---|\n");
        r.users().stream().collect(Collectors.groupingBy(LoadPlan.User::pool, TreeMap::new, Collectors.toList()))
                .forEach((pool, list) -> md.append("| ").append(pool)
                .append(" | ").append(list.size()).append(" | ").append(list.stream().map(LoadPlan.User::username)
                        .distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("")).append(" |\n"));

        Path out = Path.of("target", "benchmarks", "load-" + c.users() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        return out;
    }

    /**
     * Logins and board opens by when they ended, in windows of 15 s, with the app's and the machine's mean CPU in the
     * window (samples counted from the sampler's start, within a second of the run's): whether the slow ones are the
     * first ones (a cold server) or come with the number of users arriving.
     */
    private static void timeline(StringBuilder md, LoadStats stats, List<AppSampler.Sample> samples) {
        md.append("## Logins and board opens over time\n\nBy when the step ended, 15 s windows; latency in ms.\n\n");
        md.append("| seconds | logins | login p50 | login max | opens | open p50 | open p95 | open max | moves |"
                + " move p95 | app CPU % | machine CPU % |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        long end = Arrays.stream(Kind.values()).flatMap(k -> stats.samples(k).stream())
                .mapToLong(LoadStats.Sample::endMillis).max().orElse(0);
        for (long from = 0; from <= end; from += WINDOW_MILLIS) {
            long to = from + WINDOW_MILLIS;
            double[] logins = window(stats, Kind.LOGIN, from, to);
            double[] opens = window(stats, Kind.BOARD_OPEN, from, to);
            double[] moves = window(stats, Kind.WHOLE_MOVE, from, to);
            List<AppSampler.Sample> cpu = samples.subList((int) Math.min(samples.size(), from / 1000),
                    (int) Math.min(samples.size(), to / 1000));
            md.append(String.format(Locale.ROOT, "| %d–%d | %d | %.0f | %.0f | %d | %.0f | %.0f | %.0f | %d | %.0f |"
                    + " %.0f | %.0f |%n", from / 1000, to / 1000, logins.length, LoadStats.percentile(logins, 50),
                    max(logins), opens.length, LoadStats.percentile(opens, 50), LoadStats.percentile(opens, 95),
                    max(opens), moves.length, LoadStats.percentile(moves, 95),
                    cpu.stream().mapToDouble(AppSampler.Sample::appCpu).average().orElse(0),
                    cpu.stream().mapToDouble(AppSampler.Sample::machineCpu).average().orElse(0)));
        }
        md.append("\n");
    }

    private static final long WINDOW_MILLIS = 15_000;

    private static double[] window(LoadStats stats, Kind kind, long from, long to) {
        return stats.samples(kind).stream().filter(s -> s.endMillis() >= from && s.endMillis() < to)
                .mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static void row(StringBuilder md, String label, List<AppSampler.Sample> samples,
            ToDoubleFunction<AppSampler.Sample> value, int decimals) {
        double[] v = samples.stream().mapToDouble(value).filter(d -> !Double.isNaN(d) && d >= 0).sorted().toArray();
        String f = "%." + decimals + "f";
        md.append("| ").append(label).append(" | ")
                .append(String.format(Locale.ROOT, f, Arrays.stream(v).average().orElse(0))).append(" | ")
                .append(String.format(Locale.ROOT, f, LoadStats.percentile(v, 95))).append(" | ")
                .append(String.format(Locale.ROOT, f, v.length == 0 ? 0 : v[v.length - 1])).append(" |\n");
    }
}
