package vn.petitionboard.e2e;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.support.SecondInstance;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * Not part of the normal run (tag "benchmark", no *IT name): what the live board costs (issue 12), on the production
 * bundle. 20 boards of one ward's chairman stay open, 10 on this app instance and 10 on a second one that shares only
 * the database; a petition is assigned through the service (on this instance) 10 times, and each board records, in
 * the browser, when its "Đã giao" count changed. Also the server heap per open board with its push connection, and the
 * push bytes a move sends to a board (Chromium's performance log of one browser, all its tabs).
 * ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PushCostBenchmark
 * Results in target/benchmarks/push-cost.md.
 */
@IntegrationTest
@Tag("benchmark")
class PushCostBenchmark {

    private static final int BOARDS_PER_INSTANCE = 10;
    private static final int MOVES = 10;
    private static final int PER_COLUMN = 40;
    /** Records in the page when the count of the "Đã giao" column reads the expected number. */
    private static final String WATCH = """
            const expected = arguments[0];
            window.__seenAt = null;
            const header = document.querySelector('#column-ASSIGNED .column-header');
            new MutationObserver(() => {
                const count = header.querySelector('.column-count');
                if (window.__seenAt === null && count && count.textContent === expected) {
                    window.__seenAt = Date.now();
                }
            }).observe(header, {childList: true, characterData: true, subtree: true});""";

    @Autowired
    TestWards wards;
    @Autowired
    SignIn signIn;
    @Autowired
    PetitionWorkflowService workflow;
    @Autowired
    PetitionChanges changes;
    @Autowired
    DSLContext dsl;
    @LocalServerPort
    int port;

    @Test
    void cost_of_live_boards() throws Exception {
        Ward ward = wards.create();
        BoardCostBenchmark.seed(dsl, ward, PER_COLUMN, false);
        List<PetitionId> received = dsl.select(PETITION.ID).from(PETITION).where(PETITION.UNIT_ID.eq(ward.unit())
                .and(PETITION.STATE.eq(PetitionState.RECEIVED))).orderBy(PETITION.ID).limit(MOVES)
                .fetch(PETITION.ID);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        List<ChromeDriver> browsers = new ArrayList<>();
        try (SecondInstance second = SecondInstance.start()) {
            List<String> bases = List.of("http://localhost:" + port, second.baseUrl());
            for (String base : bases) {
                // A browser per instance: cookies are per host, not per port, so one browser would mix the sessions.
                ChromeDriver driver = Browser.start(options -> {
                    options.addArguments("--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                            "--disable-backgrounding-occluded-windows");
                    options.setCapability("goog:loggingPrefs", logs);
                });
                browsers.add(driver);
                LoginPage.open(driver, base).loginAs(ward.chair(), TestWards.PASSWORD);
            }
            long heapBefore = BoardCostBenchmark.usedHeapAfterGc();
            for (int b = 0; b < browsers.size(); b++) {
                for (int i = 1; i < BOARDS_PER_INSTANCE; i++) {
                    browsers.get(b).switchTo().newWindow(WindowType.TAB);
                    BoardPage.open(browsers.get(b), bases.get(b), null);
                }
                browsers.get(b).switchTo().window(browsers.get(b).getWindowHandles().iterator().next());
                BoardPage.open(browsers.get(b), bases.get(b), null);
            }
            long heapAfter = BoardCostBenchmark.usedHeapAfterGc();
            int boards = browsers.size() * BOARDS_PER_INSTANCE;
            int listening = changes.listening() + second.bean(PetitionChanges.class).listening();
            pushFrames(browsers.getFirst());

            List<Long> delays = new ArrayList<>();
            for (int move = 0; move < MOVES; move++) {
                String expected = Integer.toString(PER_COLUMN + move + 1);
                forEachTab(browsers, driver -> driver.executeScript(WATCH, expected));
                PetitionId id = received.get(move);
                signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(id, 0,
                        ward.landDepartment(), Today.date().plusDays(20), "Đo thời gian hiện trên bảng.")));
                long committedAt = System.currentTimeMillis();
                forEachTab(browsers, driver -> {
                    long seenAt = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                            .until(d -> (Long) ((ChromeDriver) d).executeScript("return window.__seenAt;"));
                    delays.add(seenAt - committedAt);
                });
            }
            long[] frames = pushFrames(browsers.getFirst());
            Collections.sort(delays);

            String report = """
                    # Cost of the live board
                    %d boards of one ward's chairman open (%d on each of two app instances sharing only the database), \
                    %d cards each; %d assignments made through the service on the first instance.

                    | what | figure |
                    |---|---|
                    | change committed → board's count changed, median over %d board updates | %,d ms |
                    | … 95th percentile | %,d ms |
                    | … slowest | %,d ms |
                    | … fastest | %,d ms |
                    | server heap per open board, with its push connection (%d boards, after GC) | %,d bytes |
                    | listeners of the live feed on the two instances | %d |
                    | push messages received by the %d boards of one browser for %d moves | %d |
                    | push bytes per board per move (WebSocket frames, as decoded by the browser) | %,d |
                    """.formatted(boards, BOARDS_PER_INSTANCE, PER_COLUMN * 5, MOVES, delays.size(),
                    delays.get(delays.size() / 2), delays.get((int) Math.ceil(delays.size() * 0.95) - 1),
                    delays.getLast(), delays.getFirst(), boards, (heapAfter - heapBefore) / boards, listening,
                    BOARDS_PER_INSTANCE, MOVES, frames[0], frames[1] / MOVES / BOARDS_PER_INSTANCE);
            Path out = Path.of("target", "benchmarks", "push-cost.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            browsers.forEach(ChromeDriver::quit);
        }
    }

    private interface TabAction {
        void run(ChromeDriver driver);
    }

    private static void forEachTab(List<ChromeDriver> browsers, TabAction action) {
        for (ChromeDriver driver : browsers) {
            String front = driver.getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                driver.switchTo().window(handle);
                action.run(driver);
            }
            driver.switchTo().window(front);
        }
    }

    /** WebSocket frames the browser's tabs received since the last call: {count, payload bytes}. */
    @SuppressWarnings("unchecked")
    private static long[] pushFrames(ChromeDriver driver) {
        Json json = new Json();
        long count = 0;
        long bytes = 0;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> logged = json.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) logged.get("message");
            if ("Network.webSocketFrameReceived".equals(message.get("method"))) {
                Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) message.get("params"))
                        .get("response");
                String payload = (String) response.get("payloadData");
                count++;
                bytes += payload == null ? 0 : payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        return new long[] {count, bytes};
    }
}
