package vn.petitionboard.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;

/**
 * Writes one size's figures (pages-N.tsv, pages-N.meta, pages-N-explain.md), then pages.md with every size found in
 * target/benchmarks side by side, so the 20,000 and 1,000,000 runs (two databases, two JVMs) end in one table.
 */
final class PageReport {

    /** The exact commands, as in docs/benchmarks/README.md (BENCH_DB_USER/PASSWORD exported, $DB the URL options). */
    static final String COMMAND = """
            BENCH_PETITIONS=20000 BENCH_DB_URL="jdbc:mysql://127.0.0.1:3306/petitionboard_test_d$DB" \\
              ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest='PageTimerBenchmark#time_every_page'
            BENCH_PETITIONS=1000000 BENCH_DB_URL="jdbc:mysql://127.0.0.1:3306/petitionboard_bench$DB" \\
              ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest='PageTimerBenchmark#time_every_page'
            with DB='?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8'
            BENCH_DB_USER=petitionboard_test BENCH_DB_PASSWORD=petitionboard-test-pw, data generated first
            (PageTimerBenchmark#generate, see docs/benchmarks/README.md).""";

    private PageReport() {
    }

    static void write(Path dir, int size, BenchmarkData.Dataset data, List<PageTimes.Result> results, DSLContext dsl,
            String exportMemory, String loadBefore) throws IOException {
        List<String> tsv = new ArrayList<>();
        List<String> explain = new ArrayList<>();
        for (PageTimes.Result r : results) {
            tsv.add(String.join("\t", r.page(), r.user(), r.rows(), String.valueOf(r.runs()),
                    String.valueOf(r.p50()), String.valueOf(r.p95()), String.valueOf(r.max()),
                    String.valueOf(r.timedOut())));
            PageTimerBenchmark.explain(dsl, explain, r);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("measured", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        meta.put("server", String.valueOf(dsl.fetchValue("SELECT version()")));
        meta.put("bufferPool", String.valueOf(dsl.fetchValue("SELECT @@innodb_buffer_pool_size")));
        meta.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        meta.put("load", loadBefore + " before, " + load() + " after");
        meta.put("commit", git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain").isBlank() ? ""
                : " (with uncommitted changes)"));
        meta.put("generated", String.format(Locale.ROOT, "%.1f min", data.generatedMillis() / 60_000.0));
        meta.put("rows", rows(dsl));
        meta.put("export", exportMemory);
        PageTimerBenchmark.writeLines(dir.resolve("pages-" + size + ".tsv"), tsv);
        PageTimerBenchmark.writeLines(dir.resolve("pages-" + size + ".meta"),
                meta.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
        PageTimerBenchmark.writeLines(dir.resolve("pages-" + size + "-explain.md"), explain);
        merge(dir);
    }

    /** pages.md from every pages-N.tsv in the directory, smallest size first. */
    static void merge(Path dir) throws IOException {
        Map<Integer, List<String[]>> sizes = new TreeMap<>();
        Map<Integer, Map<String, String>> metas = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.matches("pages-\\d+\\.tsv")) {
                    int size = Integer.parseInt(name.replaceAll("\\D", ""));
                    sizes.put(size, Files.readAllLines(file).stream().map(l -> l.split("\t", -1)).toList());
                    Map<String, String> meta = new LinkedHashMap<>();
                    Files.readAllLines(dir.resolve("pages-" + size + ".meta"))
                            .forEach(l -> meta.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)));
                    metas.put(size, meta);
                }
            }
        }
        List<String> md = new ArrayList<>();
        Map<String, String> any = metas.values().iterator().next();
        md.add("<!--");
        md.add("Measured by PageTimerBenchmark on this machine: " + any.get("cores") + " cores shared with two other"
                + " developers' builds, " + any.get("server") + " with its default settings (innodb_buffer_pool_size "
                + Long.parseLong(any.get("bufferPool")) / (1024 * 1024) + " MB; server settings never changed).");
        metas.forEach((size, meta) -> md.add("%,d petitions: %s, commit %s, load average %s.".formatted(size,
                meta.get("measured"), meta.get("commit"), meta.get("load"))));
        md.add("Repeat:");
        md.add(COMMAND);
        md.add("-->");
        md.add("# Page timer: server time of every page");
        md.add("");
        md.add("Each page's public service methods as the page calls them, signed in as the measured ward's chairman"
                + " (`gt.chutich`), its land officer (`gt.diachinh`) or the Front reviewer (`gt.mattran`): a first call"
                + " that records the statements, 3 warm-up calls, then up to " + PageTimes.RUNS + " timed calls"
                + " (fewer when a call takes seconds). Milliseconds, in the JVM, database included, no browser."
                + " The measured ward holds a third of the petitions, 4,000 of them open.");
        md.add("");
        StringBuilder head = new StringBuilder("| page | user |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int size : sizes.keySet()) {
            head.append(" %,d: result | p50 | p95 | max |".formatted(size));
            rule.append("---|--:|--:|--:|");
        }
        md.add(head.toString());
        md.add(rule.toString());
        List<String[]> first = sizes.values().iterator().next();
        for (int i = 0; i < first.size(); i++) {
            StringBuilder row = new StringBuilder("| " + first.get(i)[0] + " | " + first.get(i)[1] + " |");
            for (List<String[]> rows : sizes.values()) {
                row.append(' ').append(i < rows.size() ? cells(rows.get(i)) : "| | |").append(" |");
            }
            md.add(row.toString());
        }
        md.add("");
        md.add("Result: what the page got (rows, counts). When a single call took over "
                + PageTimes.LIMIT_MILLIS / 1000 + " s the page is recorded as \"> " + PageTimes.LIMIT_MILLIS / 1000
                + " s\" and the run moved on.");
        for (var entry : metas.entrySet()) {
            Map<String, String> meta = entry.getValue();
            md.add("");
            md.add("## %,d petitions".formatted(entry.getKey()));
            md.add("");
            md.add("- Generated in " + meta.get("generated") + " (BenchmarkData, set-based SQL).");
            md.add("- Rows (InnoDB estimates): " + meta.get("rows") + ".");
            md.add("- Excel export memory: " + meta.get("export") + ".");
            md.add("- Runs per page: " + runs(sizes.get(entry.getKey())) + ".");
        }
        for (int size : sizes.keySet()) {
            md.add("");
            md.add("## EXPLAIN at %,d petitions: each page's slowest statement".formatted(size));
            md.addAll(Files.readAllLines(dir.resolve("pages-" + size + "-explain.md")));
        }
        Files.write(dir.resolve("pages.md"), md);
    }

    private static String cells(String[] r) {
        if (r[3].equals("0")) {
            return r[2] + " | failed | | ";
        }
        if (Boolean.parseBoolean(r[7])) {
            return "%s | > %d s | | ".formatted(r[2], PageTimes.LIMIT_MILLIS / 1000);
        }
        return "%s | %s | %s | %s".formatted(r[2], PageTimes.ms(Double.parseDouble(r[4])),
                PageTimes.ms(Double.parseDouble(r[5])), PageTimes.ms(Double.parseDouble(r[6])));
    }

    private static String runs(List<String[]> rows) {
        return rows.stream().filter(r -> !r[3].equals(String.valueOf(PageTimes.RUNS)))
                .map(r -> r[0] + ": " + r[3]).reduce((a, b) -> a + "; " + b)
                .map(s -> PageTimes.RUNS + " except " + s).orElse(String.valueOf(PageTimes.RUNS));
    }

    private static String rows(DSLContext dsl) {
        return dsl.fetch("SELECT table_name, table_rows FROM information_schema.tables WHERE table_schema = database()"
                + " AND table_name IN ('petition', 'petition_history', 'petition_requester', 'petition_search_term',"
                + " 'assignment', 'answer', 'review', 'escalation', 'conference', 'delegate') ORDER BY table_rows DESC")
                .stream().map(r -> "%s %,d".formatted(r.get(0), ((Number) r.get(1)).longValue()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
