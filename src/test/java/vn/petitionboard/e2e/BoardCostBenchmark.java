package vn.petitionboard.e2e;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * Not part of the normal run (tag "benchmark", and no *IT name): what one open board costs, on the production
 * bundle, measured from Chromium's network log and the server's heap:
 * ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BoardCostBenchmark
 * A ward of its own gets 40 open petitions in each column, so the board shows a full first page (30) in all five.
 * Results in target/benchmarks/board-cost.md.
 */
@IntegrationTest
@Tag("benchmark")
@Import(UiNodeCensus.class)
class BoardCostBenchmark {

    /** Open petitions per column: 40 by default (a full first page of 30), -Dboard.cost.perColumn=0 for an empty board. */
    private static final int PER_COLUMN = Integer.getInteger("board.cost.perColumn", 40);
    /** More tabs for a steadier figure (the heap moves by about ±20 KB a board between runs with 10). */
    private static final int EXTRA_TABS = Integer.getInteger("board.cost.tabs", 10);
    /**
     * -Dboard.cost.lanes=true: the petitions spread over the seven domains, and the board by domain measured too (its
     * page on the wire and its heap per open page, with the lanes that open by themselves).
     */
    private static final boolean LANES = Boolean.getBoolean("board.cost.lanes");

    @Autowired
    TestWards wards;
    @Autowired
    DSLContext dsl;
    @LocalServerPort
    int port;

    record Traffic(long wireBytes, long bodyBytes, int requests) {
    }

    @Test
    void cost_of_an_open_board() throws Exception {
        Ward ward = wards.create();
        seed(dsl, ward, PER_COLUMN, LANES);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        ChromeDriver driver = Browser.start(options -> options.setCapability("goog:loggingPrefs", logs));
        try {
            String base = "http://localhost:" + port;
            BoardPage board = LoginPage.open(driver, base).loginAs(ward.chair(), TestWards.PASSWORD);
            // Open the board again from a neutral page, so that only the board's own traffic is counted.
            driver.get(base + "/petitions");
            new WebDriverWait(driver, Browser.WAIT).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
            traffic(driver);
            board = BoardPage.open(driver, base, null);
            Traffic open = traffic(driver);
            // The cards the board holds (a first page per column); the browser renders only those in view.
            long cards = PetitionState.UNRESOLVED.size() * Math.min(PER_COLUMN, BoardService.PAGE_SIZE);
            long rendered = (Long) driver.executeScript("return document.querySelectorAll('a.petition-card').length");
            long elements = (Long) driver.executeScript(
                    "return document.querySelector('.board-columns').querySelectorAll('*').length");

            if (Boolean.getBoolean("board.cost.nodes")) {
                Path nodes = Path.of("target", "benchmarks", "board-cost-nodes.md");
                Files.createDirectories(nodes.getParent());
                Files.writeString(nodes, UiNodeCensus.census());
            }
            Traffic move = PER_COLUMN == 0 ? new Traffic(0, 0, 0) : move(driver, board);

            long heapBefore = usedHeapAfterGc();
            histogram("before");
            for (int i = 0; i < EXTRA_TABS; i++) {
                driver.switchTo().newWindow(WindowType.TAB);
                BoardPage.open(driver, base, null);
            }
            long heapAfter = usedHeapAfterGc();
            histogram("after");
            String lanes = LANES ? lanes(driver, base) : "";

            String report = """
                    # Cost of one open board
                    Chairman of a ward with %d open petitions in each of the five columns (the board shows %d cards).

                    | what | figure |
                    |---|---|
                    | opening the board: bytes on the wire, page and UIDL (compressed if the server compresses) | %,d |
                    | opening the board: bytes of response bodies | %,d |
                    | opening the board: requests | %d |
                    | per card, on the wire | %,d |
                    | per card, body | %,d |
                    | cards rendered by the browser (in view) | %,d |
                    | DOM elements in the columns | %,d |
                    | a card move (assign dialog confirmed): bytes on the wire | %,d |
                    | a card move: bytes of response bodies | %,d |
                    | server heap per open board (%d more tabs, after GC) | %,d bytes |
                    %s""".formatted(PER_COLUMN, cards, open.wireBytes(), open.bodyBytes(), open.requests(),
                    open.wireBytes() / Math.max(cards, 1), open.bodyBytes() / Math.max(cards, 1), rendered, elements,
                    move.wireBytes(), move.bodyBytes(), EXTRA_TABS, (heapAfter - heapBefore) / EXTRA_TABS, lanes);
            Path out = Path.of("target", "benchmarks", "board-cost.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            driver.quit();
        }
    }

    /** The board by domain: opened once for its traffic, then in EXTRA_TABS more tabs for its heap. */
    private static String lanes(ChromeDriver driver, String base) {
        driver.get(base + "/petitions");
        new WebDriverWait(driver, Browser.WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        traffic(driver);
        LanesPage.open(driver, base);
        Traffic open = traffic(driver);
        long openLanes = (Long) driver.executeScript("return document.querySelectorAll('vaadin-details.lane[opened]').length");
        long lanes = (Long) driver.executeScript("return document.querySelectorAll('vaadin-details.lane').length");
        long before = usedHeapAfterGc();
        for (int i = 0; i < EXTRA_TABS; i++) {
            driver.switchTo().newWindow(WindowType.TAB);
            LanesPage.open(driver, base);
        }
        long after = usedHeapAfterGc();
        return """
                | the board by domain (%d lanes, %d open): opening it, bytes on the wire | %,d |
                | the board by domain: bytes of response bodies | %,d |
                | the board by domain: server heap per open page (%d more tabs, after GC) | %,d bytes |
                """.formatted(lanes, openLanes, open.wireBytes(), open.bodyBytes(), EXTRA_TABS,
                (after - before) / EXTRA_TABS);
    }

    /** Assigns the first received card by dragging it to ASSIGNED; the traffic of the confirmation. */
    private static Traffic move(ChromeDriver driver, BoardPage board) {
        String code = board.columnCodes("RECEIVED").getFirst();
        TransitionDialog<BoardPage> dialog = board.pickUp(code).dropOn("ASSIGNED", "ASSIGN");
        dialog.select("field-department", "Địa chính – Xây dựng").type("field-instruction", "Đo kiểm chi phí.");
        traffic(driver);
        dialog.confirm();
        return traffic(driver);
    }

    /**
     * The server's answers since the last call: the page itself and Vaadin's protocol (?v-r=…), not the static
     * bundle, which the browser caches. Wire bytes from Network.loadingFinished, body bytes from Network.dataReceived.
     */
    @SuppressWarnings("unchecked")
    static Traffic traffic(ChromeDriver driver) {
        Json json = new Json();
        Map<String, String> urls = new HashMap<>();
        long wire = 0;
        long body = 0;
        int requests = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> logged = json.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) logged.get("message");
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            String id = (String) params.get("requestId");
            switch ((String) message.get("method")) {
                case "Network.requestWillBeSent" -> urls.put(id, (String) ((Map<String, Object>) params.get("request"))
                        .get("url"));
                case "Network.loadingFinished" -> {
                    if (isApp(urls.get(id))) {
                        wire += ((Number) params.get("encodedDataLength")).longValue();
                        requests++;
                    }
                }
                case "Network.dataReceived" -> {
                    if (isApp(urls.get(id))) {
                        body += ((Number) params.get("dataLength")).longValue();
                    }
                }
                default -> { }
            }
        }
        return new Traffic(wire, body, requests);
    }

    private static boolean isApp(String url) {
        return url != null && !url.contains("/VAADIN/") && !url.startsWith("data:");
    }

    /** With -Dboard.cost.histogram=true: the heap's class histogram (jcmd) in target/benchmarks, to see what a board keeps. */
    private static void histogram(String name) throws Exception {
        if (Boolean.getBoolean("board.cost.histogram")) {
            Path out = Path.of("target", "benchmarks", "board-cost-histogram-" + name + ".txt");
            Files.createDirectories(out.getParent());
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(out.toFile()).start().waitFor();
        }
    }

    /** The least heap in use over a few full collections (one alone can leave garbage behind). */
    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Open petitions straight into the table (no history): perColumn in each column, over seven domains or one. */
    static void seed(DSLContext dsl, Ward ward, int perColumn, boolean lanes) {
        int seq = 0;
        LocalDateTime changed = Today.dateTime().minusDays(3);
        for (PetitionState state : PetitionState.UNRESOLVED) {
            for (int i = 0; i < perColumn; i++) {
                seq++;
                boolean assigned = state != PetitionState.RECEIVED;
                dsl.insertInto(PETITION)
                        .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                        .set(PETITION.CODE, "KN-2026-%03d".formatted(seq)).set(PETITION.CODE_YEAR, 2026)
                        .set(PETITION.CODE_SEQ, seq)
                        .set(PETITION.TITLE, "Đề nghị sửa chữa đường nội bộ và mương thoát nước tổ dân phố " + seq)
                        .set(PETITION.CONTENT, "Nội dung kiến nghị " + seq)
                        .set(PETITION.DOMAIN_ID, new DomainId(lanes ? 1 + seq % 7 : 1))
                        .set(PETITION.STATE, state).set(PETITION.STATE_CHANGED_AT, changed.plusMinutes(seq))
                        .set(PETITION.DEPARTMENT_ID, assigned ? ward.landDepartment() : null)
                        .set(PETITION.DEADLINE, assigned ? Today.date().plusDays(seq % 20 - 5) : null)
                        .execute();
            }
        }
    }
}
