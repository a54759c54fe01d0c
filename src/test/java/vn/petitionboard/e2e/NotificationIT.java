package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.notification.DeadlineReminders;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestPetitions;
import vn.petitionboard.support.TestPetitions.Captured;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * The chairman assigns a petition in the browser; the land officer then finds the bell's count raised, opens the
 * list, follows the notification to the petition, and the count drops. The other department's officer is told
 * nothing. A ward of its own (TestWards), the petition recorded through the services.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIT {

    private static final String LAND_DEPARTMENT = "Địa chính – Xây dựng";
    private static final String TITLE = "Cấp giấy chứng nhận cho hộ bà Lan tổ 7";

    @Autowired
    private TestWards wards;

    @Autowired
    private TestPetitions petitions;

    @Autowired
    private Clock clock;

    @Autowired
    private SignIn signIn;

    @Autowired
    private PetitionWorkflowService workflow;

    @Autowired
    private DeadlineReminders reminders;

    @LocalServerPort
    private int port;

    private ChromeDriver driver;
    private Ward ward;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> driver);

    @BeforeAll
    void setUp() {
        ward = wards.create();
        driver = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_officer_is_told_of_an_assignment_follows_it_to_the_petition_and_the_count_drops() throws Exception {
        Captured petition = petitions.received(ward, TITLE);

        signInAs(ward.chair());
        PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value());
        page.act("ASSIGN")
                .select("field-department", LAND_DEPARTMENT)
                .date("field-deadline", LocalDate.now(clock).plusDays(20))
                .type("field-instruction", "Kiểm tra hồ sơ, trả lời hộ dân.")
                .confirm().waitForState("Đã giao");
        assertThat(new NotificationBellPage(driver, baseUrl()).unreadShown()).as("the chair who acted").isZero();

        signInAs(ward.landOfficer());
        NotificationBellPage bell = new NotificationBellPage(driver, baseUrl());
        assertThat(bell.unreadShown()).isEqualTo(1);
        assertThat(bell.label()).isEqualTo("Thông báo, 1 chưa đọc");
        assertThat(bell.openByKeyboard().focusInPanel()).as("Enter opens it and the focus moves in").isTrue();
        bell.closeByEscape();
        bell.open();
        assertThat(bell.entries()).singleElement().asString()
                .startsWith("Chủ tịch Thử giao kiến nghị " + petition.code() + " “" + TITLE
                        + "” cho bộ phận của bạn");
        assertThat(bell.unreadEntries()).isEqualTo(1);
        assertThat(Axe.seriousViolations(driver)).as("the open list").isEmpty();
        bell.screenshotsAtBothWidths("notifications-open");

        page = bell.followFirst();
        assertThat(page.id()).isEqualTo(petition.id().value());
        bell = new NotificationBellPage(driver, baseUrl());
        assertThat(bell.unreadShown()).isZero();
        assertThat(bell.label()).isEqualTo("Thông báo, 0 chưa đọc");
        assertThat(bell.open().unreadEntries()).as("still listed, now read").isZero();
        bell.closeByEscape();

        Captured another = petitions.received(ward, "Xác nhận nguồn gốc đất thửa 12");
        assertThat(signIn.as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(another.id(), 0,
                ward.landDepartment(), LocalDate.now(clock).plusDays(20), "Giao xử lý."))).isDone()).isTrue();
        page.backToBoard();
        assertThat(new NotificationBellPage(driver, baseUrl()).unreadShown()).as("read again on navigation")
                .isEqualTo(1);

        signInAs(ward.urbanOfficer());
        bell = new NotificationBellPage(driver, baseUrl());
        assertThat(bell.unreadShown()).isZero();
        assertThat(bell.open().emptyText()).isEqualTo("Không có thông báo");
        bell.screenshot("notifications-empty-1440");
    }

    @Test
    void the_days_deadline_reminder_is_in_the_bell_and_opens_my_work() throws Exception {
        Ward own = wards.create();
        Captured late = petitions.inProgress(own, "Sửa cống thoát nước ngõ 5");
        // A Friday of its own far ahead (the day's run is claimed once per database): the petition is overdue then.
        LocalDate friday = LocalDate.of(2600, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        assertThat(reminders.runIfDue(friday.atTime(7, 0))).isPositive();

        signInAs(own.landOfficer());
        NotificationBellPage bell = new NotificationBellPage(driver, baseUrl());
        assertThat(bell.unreadShown()).as("the assignment and the reminder").isEqualTo(2);
        assertThat(bell.open().entries().getFirst())
                .startsWith("Nhắc hạn: 1 kiến nghị quá hạn (" + late.code() + "); không có kiến nghị đến hạn");
        bell.screenshotsAtBothWidths("notifications-reminder");

        MyWorkPage myWork = bell.followFirstToMyWork();
        assertThat(myWork.currentUrl()).endsWith("/my-work");
        assertThat(myWork.codes()).contains(late.code());
        assertThat(new NotificationBellPage(driver, baseUrl()).unreadShown()).isEqualTo(1);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private BoardPage signInAs(String username) {
        Browser.forgetSession(driver);
        return LoginPage.open(driver, baseUrl()).loginAs(username, TestWards.PASSWORD);
    }
}
