package vn.petitionboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.petitionboard.Application;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.DomainLane;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.dashboard.DashboardFilter;
import vn.petitionboard.dashboard.DashboardService;
import vn.petitionboard.followup.MyWorkService;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.ExcelLabels;
import vn.petitionboard.petition.ListTotal;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionQueryService;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.report.ConferenceReportService;
import vn.petitionboard.review.ReviewQueueService;
import vn.petitionboard.support.Explain;
import vn.petitionboard.support.SignIn;

/**
 * Not part of the normal run (tag "benchmark"). Times the server side of every page through its public service, signed
 * in as the measured ward's chairman, officer or Front reviewer, on a database of BENCH_PETITIONS petitions (made by
 * {@link BenchmarkData} if missing), and records the EXPLAIN of each page's slowest statement. Each size writes
 * target/benchmarks/pages-N.tsv; every run rewrites target/benchmarks/pages.md with all sizes found side by side.
 * With BENCH_SHAPE=district (issue 13: one ward of 100,000 petitions and 15 of demo size, see {@link BenchmarkShape})
 * and BENCH_WARD=prefix of the measured ward (gt, the big one, unless set), each run writes to
 * target/benchmarks/district-PREFIX/. Commands in docs/benchmarks/README.md and docs/benchmarks/district-scale.md.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
@Import(BenchmarkConfig.class)
@Tag("benchmark")
class PageTimerBenchmark {

    static final Path OUT = Path.of("target", "benchmarks");
    /**
     * BENCH_PAGES=text times only the pages whose name contains it (e.g. "search"; "a|b" either), and writes to
     * target/benchmarks/selected/ so that a partial run never mixes with a whole one in pages.md.
     */
    private static final String PAGES = System.getenv("BENCH_PAGES");
    private static final BenchmarkShape SHAPE = BenchmarkShape.fromEnvironment();
    /** The measured ward's user prefix (BENCH_WARD): the shape's first ward unless set. */
    private static final String WARD = System.getenv().getOrDefault("BENCH_WARD", SHAPE.wards().getFirst().prefix());
    /** The petition list and the grids show 50 rows a page (Vaadin's default page size). */
    private static final int PAGE = 50;
    private static final int EXPORT_YEAR = 2025;

    @Autowired
    DSLContext dsl;
    @Autowired
    SignIn signIn;
    @Autowired
    UserDetailsService users;
    @Autowired
    StatementLog log;
    @Autowired
    BoardService board;
    @Autowired
    MyWorkService myWork;
    @Autowired
    ReviewQueueService reviewQueue;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ConferenceReportService report;
    @Autowired
    PetitionSearchService search;
    @Autowired
    PetitionQueryService petitions;
    @Autowired
    ConferenceService conferences;

    private final List<PageTimes.Result> results = new ArrayList<>();

    /** Only makes the data: ./mvnw … -Dtest='PageTimerBenchmark#generate'. */
    @Test
    void generate() {
        BenchmarkData.Dataset data = new BenchmarkData(dsl, SHAPE).ensure(WARD);
        System.out.printf("[bench-data] %d petitions ready (generated in %d s)%n", data.petitions(),
                data.generatedMillis() / 1000);
        // The SQL-written index must be what the app writes: SearchText over code, title, content, domain, delegates.
        for (var p : dsl.fetch("SELECT p.id, p.code, p.title, p.content, d.name, (SELECT GROUP_CONCAT(g.full_name"
                + " SEPARATOR ' ') FROM petition_requester r JOIN delegate g ON g.id = r.delegate_id"
                + " WHERE r.petition_id = p.id) FROM petition p STRAIGHT_JOIN domain d ON d.id = p.domain_id"
                + " WHERE p.unit_id = ? ORDER BY p.id DESC LIMIT 50", data.measuredUnit())) {
            var expected = new java.util.TreeSet<>(vn.petitionboard.base.text.SearchText.terms(p.get(1, String.class),
                    p.get(2, String.class), p.get(3, String.class), p.get(4, String.class), p.get(5, String.class)));
            // ... each under the petition's unit (the key's first column).
            var written = new java.util.TreeSet<>(dsl.fetch("SELECT term FROM petition_search_term"
                    + " WHERE unit_id = ? AND petition_id = ?", data.measuredUnit(), p.get(0))
                    .getValues(0, String.class));
            assertThat(written).as("terms of petition %s", p.get(1)).isEqualTo(expected);
        }
    }

    @Test
    void time_every_page() throws Exception {
        String loadBefore = PageReport.load();
        BenchmarkData.Dataset data = new BenchmarkData(dsl, SHAPE).ensure(WARD);
        String chair = data.chair();
        String officer = data.officer();
        String front = data.front();
        long unit = data.measuredUnit();

        BoardFilter all = BoardFilter.allDomains();
        time("Board: counts of the 5 columns", chair, () -> "" + sum(board.counts(all).values()));
        for (PetitionState state : PetitionState.UNRESOLVED) {
            time("Board: column " + state + ", first page", chair,
                    () -> "" + board.column(state, all, Optional.empty()).cards().size());
        }
        // The board by domain as it opens: the lanes' counts, then the first lane's columns (overdue lanes first).
        time("Board by domain: lanes (counts per domain and column)", chair, () -> board.lanes().size() + " lanes");
        DomainLane lane = signIn.as(chair, () -> board.lanes().getFirst());
        BoardFilter byLane = BoardFilter.domain(lane.domain()).overdueFirst();
        time("Board by domain: the first lane's 5 columns, overdue first", chair, () -> "" + PetitionState.UNRESOLVED
                .stream().mapToInt(state -> board.column(state, byLane, Optional.empty()).cards().size()).sum());
        time("Board: counts, officer (own department)", officer, () -> "" + sum(board.counts(all).values()));
        time("My work: page 1 + count", officer,
                () -> myWork.openPetitions(0, PAGE).size() + " of " + myWork.count());
        time("Review queue: page 1 + count", front,
                () -> reviewQueue.waiting(0, PAGE).size() + " of " + reviewQueue.count());

        time("Dashboard: years()", chair, () -> "" + dashboard.years().size());
        time("Dashboard: conferences()", chair, () -> "" + dashboard.conferences().size());
        time("Dashboard: load(everything still open), the default", chair,
                () -> dashboard.load(DashboardFilter.stillOpen()).figures().open() + " open petitions");
        int latestYear = signIn.as(chair, () -> dashboard.years().getFirst());
        time("Dashboard: load(" + latestYear + ")", chair,
                () -> dashboard.load(DashboardFilter.year(latestYear)).figures().total() + " petitions");
        time("Dashboard: load(2015), the oldest year", chair,
                () -> dashboard.load(DashboardFilter.year(2015)).figures().total() + " petitions");

        var latest = signIn.as(chair, () -> report.conferences().getFirst());
        LocalDate today = signIn.as(chair, report::today);
        time("Conference report: rows of the latest conference, as of today", chair,
                () -> report.report(latest.id(), today).orElseThrow().rows().size() + " rows");

        listPage("no filter", chair, PetitionListFilter.all());
        listPage("state IN_PROGRESS", chair, PetitionListFilter.all().withState(PetitionState.IN_PROGRESS));
        listPage("overdue", chair, PetitionListFilter.all().withOverdue(true));
        listPage("search `dat dai` (common words)", chair, PetitionListFilter.all().withText("dat dai"));
        String rare = "buyt"; // "bến xe buýt": in 7 of the 400 templates, under 2 % of the petitions
        listPage("search `" + rare + "` (a rare word)", chair, PetitionListFilter.all().withText(rare));

        PetitionListFilter year = PetitionListFilter.all().withYear(EXPORT_YEAR);
        String exportPage = "Excel export: petitions of " + EXPORT_YEAR;
        String exportMemory = "not measured (BENCH_PAGES)";
        if (selected(exportPage)) {
            int exported = signIn.as(chair, () -> search.count(year));
            time(exportPage, chair, () -> {
                AtomicLong bytes = new AtomicLong();
                search.exportXlsx(year, labels(), counting(bytes));
                return exported + " rows, " + bytes.get() / 1024 + " KB";
            });
            // The same export on a tenth of the rows: the year's smallest domain.
            long smallestDomain = dsl.fetchSingle("SELECT domain_id FROM petition WHERE unit_id = ? AND code_year = ?"
                    + " GROUP BY domain_id ORDER BY COUNT(*) LIMIT 1", unit, EXPORT_YEAR).get(0, Long.class);
            PetitionListFilter fewer = year.withDomain(new DomainId(smallestDomain));
            exportMemory = exportMemory(chair, year, fewer);
        }

        long open = dsl.fetchSingle("SELECT MAX(id) FROM petition WHERE unit_id = ? AND state = 'IN_PROGRESS'", unit)
                .get(0, Long.class);
        long resolved = dsl.fetchSingle("SELECT MAX(id) FROM petition WHERE unit_id = ? AND state = 'RESOLVED'"
                + " AND department_id IS NOT NULL", unit).get(0, Long.class);
        time("Petition details: an open petition", chair,
                () -> petitions.findDetails(new PetitionId(open)).orElseThrow().history().size() + " events");
        time("Petition details: a resolved petition", chair,
                () -> petitions.findDetails(new PetitionId(resolved)).orElseThrow().history().size() + " events");
        time("Conference list: page 1 + count", chair,
                () -> conferences.list(0, PAGE).size() + " of " + conferences.count());

        Path out = SHAPE.interleaved() ? OUT : OUT.resolve(SHAPE.name() + "-" + WARD);
        PageReport.write(PAGES == null ? out : out.resolve("selected"), size(), data, results, dsl, exportMemory,
                loadBefore);
        assertThat(results).isNotEmpty();
    }

    private void listPage(String name, String user, PetitionListFilter filter) throws Exception {
        time("Petition list: " + name + ", page 1 + count", user,
                () -> {
                    ListTotal total = search.total(filter); // what the list's heading shows
                    return search.page(filter, 0, PAGE).size() + " of " + (total.atLeast() ? "over " : "")
                            + total.count();
                });
    }

    /**
     * Signed in as in a session: the user is loaded once, outside the timing (SignIn would load them on every call),
     * and put in the security context of the thread that makes the call.
     */
    private void time(String page, String user, Callable<String> call) throws Exception {
        if (!selected(page)) {
            return;
        }
        UserDetails details = users.loadUserByUsername(user);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        PageTimes.Result result = PageTimes.measure(page, user, log, () -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                return call.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        results.add(result);
        System.out.printf("[bench-page] %-62s %s%n", page, result.cells());
    }

    /** Heap used above a collected baseline while the export runs (sampled), and the bytes the export allocated. */
    /**
     * What the export keeps alive while it runs, for {@code whole} and for a smaller filter: a thread collects the
     * heap again and again during the export and keeps the largest live heap above a collected baseline. Constant
     * memory means the two are alike whatever the rows. (Heap in use without collecting counts garbage not yet
     * collected, which grows with the rows whatever the export keeps.)
     */
    private String exportMemory(String user, PetitionListFilter whole, PetitionListFilter fewer) throws Exception {
        LiveHeap big = liveHeapDuringExport(user, whole);
        LiveHeap small = liveHeapDuringExport(user, fewer);
        return String.format(Locale.ROOT, "live heap while it runs (collected %d and %d times during the two exports)"
                + " at most %.1f MB above a collected baseline of %.0f MB for %d rows, %.1f MB for %d rows;"
                + " %.0f MB allocated (garbage) for the %d rows", big.collections(), small.collections(),
                big.maxLive() / 1e6, big.baseline() / 1e6, big.rows(), small.maxLive() / 1e6, small.rows(),
                big.allocated() / 1e6, big.rows());
    }

    private record LiveHeap(int rows, long baseline, long maxLive, int collections, long allocated) {
    }

    private LiveHeap liveHeapDuringExport(String user, PetitionListFilter filter) throws Exception {
        int rows = signIn.as(user, () -> search.count(filter));
        System.gc();
        long baseline = PageTimes.heapUsed();
        AtomicLong maxLive = new AtomicLong();
        AtomicInteger collections = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread collector = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                System.gc();
                maxLive.accumulateAndGet(PageTimes.heapUsed() - baseline, Math::max);
                collections.incrementAndGet();
            }
        });
        long allocated = PageTimes.allocatedBytes();
        signIn.as(user, () -> {
            search.exportXlsx(filter, labels(), OutputStream.nullOutputStream());
            return null;
        });
        allocated = PageTimes.allocatedBytes() - allocated;
        running.set(false);
        collector.join();
        return new LiveHeap(rows, baseline, maxLive.get(), collections.get(), allocated);
    }

    private static ExcelLabels labels() {
        return new ExcelLabels("Kiến nghị", List.of("Mã", "Tiêu đề", "Lĩnh vực", "Bộ phận", "Trạng thái", "Hạn",
                "Ngày hội nghị", "Hội nghị", "Nội dung", "Người kiến nghị"), PetitionState::name,
                "Danh sách kiến nghị", "Trang");
    }

    private static OutputStream counting(AtomicLong bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
    }

    private static int sum(java.util.Collection<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** BENCH_PAGES may name several pages: "board|list|dashboard|report". */
    private static boolean selected(String page) {
        return PAGES == null || java.util.Arrays.stream(PAGES.toLowerCase(Locale.ROOT).split("\\|"))
                .anyMatch(page.toLowerCase(Locale.ROOT)::contains);
    }

    static int size() {
        return SHAPE.petitions();
    }

    static void explain(DSLContext dsl, List<String> lines, PageTimes.Result result) {
        var slowest = result.slowest();
        if (slowest == null) {
            return;
        }
        String heading = "%s — slowest of %d statements, %s ms on the first call".formatted(result.page(),
                result.statements().size(), PageTimes.ms(slowest.millis()));
        try {
            lines.addAll(Explain.markdown(dsl, heading, slowest.sql()));
        } catch (RuntimeException e) {
            lines.addAll(List.of("", "**" + heading + "**", "", "(no EXPLAIN: " + e.getMessage().lines().findFirst()
                    .orElse("") + ")"));
        }
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
