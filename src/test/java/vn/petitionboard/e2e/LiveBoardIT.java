package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.support.SecondInstance;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * Two browsers on two app instances that share only the database: what one user does appears on the other's open
 * page without a reload (server push, the change carried by the live_change and notification tables). The chairman
 * assigns on the first instance; the land officer's board and bell on the second show it. The officer answers there;
 * the Front's review queue on the first shows it. A dialog open on a petition someone else changes says so.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBoardIT {

    private static final Logger log = LoggerFactory.getLogger(LiveBoardIT.class);
    /** The goal is 2 s; the wait allows more so that a busy CI machine reports a slow figure, not a flake. */
    private static final Duration LIVE_WAIT = Duration.ofSeconds(10);
    /** A page that was reloaded loses this mark: the changes must arrive in the page as it is. */
    private static final String MARK = "window.__sameDocument = 'live-board';";
    private static final String MARKED = "return window.__sameDocument === 'live-board';";

    @Autowired
    private TestWards wards;

    @Autowired
    private TestPetitions petitions;

    @Autowired
    private SignIn signIn;

    @Autowired
    private PetitionWorkflowService workflow;

    @Autowired
    private DirectionService direction;

    @Autowired
    private Clock clock;

    @LocalServerPort
    private int port;

    private SecondInstance second;
    private ChromeDriver first;
    private ChromeDriver other;
    private Ward ward;

    @RegisterExtension
    final ScreenshotOnFailure firstOnFailure = new ScreenshotOnFailure(() -> first);

    @RegisterExtension
    final ScreenshotOnFailure otherOnFailure = new ScreenshotOnFailure(() -> other);

    @BeforeAll
    void setUp() {
        ward = wards.create();
        second = SecondInstance.start();
        first = Browser.start();
        other = Browser.start();
    }

    @AfterAll
    void tearDown() {
        for (ChromeDriver driver : new ChromeDriver[] {first, other}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void an_assignment_reaches_the_officers_open_board_and_bell_and_an_answer_the_fronts_open_queue() throws Exception {
        Captured petition = petitions.received(ward, "Sửa cống thoát nước ngõ 14 tổ 3");

        BoardPage officerBoard = signIn(other, second.baseUrl(), ward.landOfficer());
        assertThat(officerBoard.columnCodes("ASSIGNED")).doesNotContain(petition.code());
        NotificationBellPage officerBell = new NotificationBellPage(other, second.baseUrl());
        int unread = officerBell.unreadShown();
        int assigned = officerBoard.count("ASSIGNED");
        other.executeScript(MARK);

        signIn(first, baseUrl(), ward.chair());
        PetitionPage.open(first, baseUrl(), petition.id().value()).act("ASSIGN")
                .select("field-department", "Địa chính – Xây dựng")
                .date("field-deadline", LocalDate.now(clock).plusDays(20))
                .type("field-instruction", "Kiểm tra, sửa trước mùa mưa.")
                .confirm().waitForState("Đã giao");
        long assignedAt = System.nanoTime();

        until(other, d -> officerBoard.columnCodes("ASSIGNED").contains(petition.code()));
        log.info("Assignment on instance 1 shown on the officer's board on instance 2 after {} ms",
                (System.nanoTime() - assignedAt) / 1_000_000);
        until(other, d -> officerBell.unreadShown() == unread + 1);
        assertThat(officerBoard.count("ASSIGNED")).isEqualTo(assigned + 1);
        assertThat(other.executeScript(MARKED)).as("the same page, never reloaded").isEqualTo(true);
        officerBoard.screenshotsAtBothWidths("live-board-card-arrived");

        signIn(first, baseUrl(), ward.front());
        ReviewPage queue = ReviewPage.open(first, baseUrl());
        assertThat(queue.lists(petition.code())).isFalse();
        first.executeScript(MARK);

        PetitionPage officerPage = officerBoard.openCard(petition.code());
        officerPage.act("START").confirm().waitForState("Đang xử lý");
        officerPage.act("ANSWER").type("field-content", "Đã nạo vét và thay nắp cống ngõ 14.")
                .type("field-documentNumber", "15/UBND-ĐC").confirm().waitForState("Đã trả lời");
        long answeredAt = System.nanoTime();

        until(first, d -> queue.lists(petition.code()));
        log.info("Answer on instance 2 shown in the Front's queue on instance 1 after {} ms",
                (System.nanoTime() - answeredAt) / 1_000_000);
        assertThat(first.executeScript(MARKED)).as("the same page, never reloaded").isEqualTo(true);
    }

    @Test
    void a_petition_given_to_a_department_appears_in_its_officers_open_my_work_and_the_clerks_open_filtered_list()
            throws Exception {
        Captured petition = petitions.received(ward, "Thay biển tên ngõ 31 tổ 9");

        signIn(other, second.baseUrl(), ward.landOfficer());
        other.get(second.baseUrl() + "/my-work");
        MyWorkPage work = new MyWorkPage(other, second.baseUrl());
        assertThat(work.codes()).doesNotContain(petition.code());
        other.executeScript(MARK);
        signIn(first, baseUrl(), ward.clerk());
        PetitionListPage list = PetitionListPage.open(first, baseUrl(), "state=ASSIGNED");
        assertThat(list.codes()).doesNotContain(petition.code());
        first.executeScript(MARK);

        assertThat(signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(petition.id(), 0,
                ward.landDepartment(), LocalDate.now(clock).plusDays(20), "Giao xử lý."))).isDone()).isTrue();

        until(other, d -> work.codes().contains(petition.code()));
        until(first, d -> list.codes().contains(petition.code()));
        assertThat(other.executeScript(MARKED)).as("My work never reloaded").isEqualTo(true);
        assertThat(first.executeScript(MARKED)).as("the list never reloaded").isEqualTo(true);
    }

    @Test
    void a_dialog_open_on_a_petition_someone_else_changes_says_so_before_the_user_confirms() throws Exception {
        Captured petition = petitions.inProgress(ward, "Lắp đèn chiếu sáng ngõ 27");

        signIn(other, second.baseUrl(), ward.landOfficer());
        PetitionPage page = PetitionPage.open(other, second.baseUrl(), petition.id().value());
        TransitionDialog<PetitionPage> answer = page.act("ANSWER").type("field-content", "Đã lắp 3 đèn LED.");

        assertThat(signIn.as(ward.chair(), () -> direction.addInstruction(new AssignmentCommands.AddInstruction(
                petition.id(), 2, "Ưu tiên lắp trước Tết."))).isDone()).isTrue();

        WebElement warning = until(other, d -> d.findElements(By.id("dialog-changed")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(warning.getText()).startsWith("Trong lúc bạn mở hộp thoại này, Chủ tịch Thử đã thay đổi kiến nghị");
        assertThat(answer.value("field-content")).as("what was typed stays").isEqualTo("Đã lắp 3 đèn LED.");
        answer.screenshotsAtBothWidths("live-dialog-changed-meanwhile");
        answer.cancel();
        WebElement banner = until(other, d -> d.findElements(By.id("petition-changed")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(banner.getText()).startsWith("Chủ tịch Thử vừa thay đổi kiến nghị này");
        page.screenshotsAtBothWidths("live-petition-changed-banner");
        other.findElement(By.id("petition-changed-reload")).click();
        until(other, d -> d.findElements(By.id("petition-changed")).isEmpty());
        assertThat(page.historyEvents()).as("the new version, with the instruction").contains("INSTRUCTION_ADDED");
    }

    private static <T> T until(ChromeDriver driver, java.util.function.Function<org.openqa.selenium.WebDriver, T> what) {
        return new WebDriverWait(driver, LIVE_WAIT, Duration.ofMillis(100)).until(what);
    }

    private static BoardPage signIn(ChromeDriver driver, String baseUrl, String username) {
        Browser.forgetSession(driver);
        return LoginPage.open(driver, baseUrl).loginAs(username, TestWards.PASSWORD);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
