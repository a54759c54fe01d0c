package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * A wrong assignment fixed in a real browser: the chair gives a petition to another department, whose officer then
 * finds it while the first department's officer is told it is not found; the chair extends a deadline; the officer
 * asks for more time and the chair approves it, both steps in the history; the officer answers with the reply document
 * attached; a reader who switched to English reads the history's words in English. Each journey has a petition of its
 * own in a ward of its own (TestWards), put in place through the services.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentChangesIT {

    private static final DomainId LAND = new DomainId(2);
    private static final String LAND_DEPARTMENT = "Địa chính – Xây dựng";
    private static final String URBAN_DEPARTMENT = "Kinh tế – Hạ tầng – Đô thị";
    private static final String REASSIGN_REASON = "Nội dung là lấn chiếm vỉa hè, thuộc trật tự đô thị.";
    private static final String EXTEND_REASON = "Chờ kết quả đo đạc của quận.";
    private static final String REQUEST_REASON = "Cần thêm thời gian để quận thẩm định hồ sơ.";
    private static final String INSTRUCTION = "Kiểm tra, báo cáo UBND phường.";

    @Autowired
    private TestWards wards;

    @Autowired
    private SignIn signIn;

    @Autowired
    private PetitionIntakeService intake;

    @Autowired
    private PetitionWorkflowService workflow;

    @Autowired
    private DirectionService direction;

    @Autowired
    private Clock clock;

    @LocalServerPort
    private int port;

    private ChromeDriver driver;
    private Ward ward;
    private LocalDate today;
    private LocalDate deadline;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> driver);

    @BeforeAll
    void setUp() {
        today = LocalDate.now(clock);
        deadline = today.plusDays(20);
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
    void the_chair_gives_a_petition_to_another_department_whose_officer_then_has_it_and_the_first_one_not()
            throws Exception {
        Petition petition = assignedToLand("Lấn chiếm vỉa hè trước số 12 ngõ 3", true);

        signInAs(ward.chair());
        PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value());
        assertThat(page.actions()).contains("action-REASSIGN", "action-EXTEND_DEADLINE", "action-ADD_INSTRUCTION");
        TransitionDialog<PetitionPage> dialog = page.act("REASSIGN");
        assertThat(dialog.headerTitle()).isEqualTo("Giao lại · " + petition.code());
        dialog = dialog.confirmExpectingProblem();
        assertThat(dialog.fieldInvalid("field-department")).as("no department chosen").isTrue();
        assertThat(dialog.fieldInvalid("field-reason")).as("no reason given").isTrue();
        dialog.select("field-department", URBAN_DEPARTMENT).type("field-reason", REASSIGN_REASON);
        dialog.screenshotsAtBothWidths("assignment-reassign-dialog");
        page = dialog.confirm().waitForState("Đã giao");
        page.screenshot("assignment-reassigned-details");

        assertThat(page.fact("Bộ phận xử lý")).isEqualTo(URBAN_DEPARTMENT);
        assertThat(page.section("followup-assignment")).contains(URBAN_DEPARTMENT);
        assertThat(page.historyEvents()).endsWith("REASSIGNED");
        assertThat(page.historyDetails()).last().asString()
                .isEqualTo("Từ " + LAND_DEPARTMENT + " sang " + URBAN_DEPARTMENT + ". Lý do: " + REASSIGN_REASON);

        BoardPage board = signInAs(ward.urbanOfficer());
        assertThat(board.columnCodes("ASSIGNED")).as("the new department's work").contains(petition.code());
        page = board.openCard(petition.code());
        assertThat(page.state()).isEqualTo("Đã giao");

        board = signInAs(ward.landOfficer());
        assertThat(board.columnCodes("ASSIGNED")).doesNotContain(petition.code());
        assertThat(board.columnCodes("IN_PROGRESS")).doesNotContain(petition.code());
        NotFoundPage notFound = NotFoundPage.openPetition(driver, baseUrl(), petition.id().value());
        assertThat(notFound.title()).isEqualTo("Không tìm thấy kiến nghị");
    }

    @Test
    void the_chair_extends_a_deadline() throws Exception {
        Petition petition = assignedToLand("Cắm mốc giới đất công tổ 4", false);
        LocalDate extended = deadline.plusDays(30);

        signInAs(ward.chair());
        PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value());
        assertThat(page.fact("Hạn xử lý")).startsWith(day(deadline));
        TransitionDialog<PetitionPage> dialog = page.act("EXTEND_DEADLINE")
                .date("field-newDeadline", extended)
                .type("field-reason", EXTEND_REASON);
        dialog.screenshotsAtBothWidths("assignment-extend-dialog");
        page = dialog.confirm();
        page.screenshot("assignment-extended-details");

        assertThat(page.fact("Hạn xử lý")).startsWith(day(extended));
        assertThat(page.state()).as("the state stays").isEqualTo("Đã giao");
        assertThat(page.historyEvents()).endsWith("DEADLINE_EXTENDED");
        assertThat(page.historyDetails()).last().asString().isEqualTo("Từ " + day(deadline) + " đến " + day(extended)
                + ". Lý do: " + EXTEND_REASON);
    }

    @Test
    void the_officer_asks_for_more_time_and_the_chair_approves_it() throws Exception {
        Petition petition = assignedToLand("Xác nhận nguồn gốc đất thửa 45", true);
        LocalDate asked = deadline.plusDays(15);

        signInAs(ward.landOfficer());
        PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value());
        assertThat(page.actions()).contains("action-REQUEST_EXTENSION", "action-REQUEST_REASSIGNMENT")
                .doesNotContain("action-REASSIGN", "action-EXTEND_DEADLINE");
        TransitionDialog<PetitionPage> dialog = page.act("REQUEST_EXTENSION")
                .date("field-proposedDeadline", asked)
                .type("field-reason", REQUEST_REASON);
        dialog.screenshotsAtBothWidths("assignment-request-extension-dialog");
        page = dialog.confirm();
        page.screenshotsAtBothWidths("assignment-request-waiting");
        assertThat(page.requests()).singleElement().asString()
                .contains("Xin gia hạn · đến " + day(asked), REQUEST_REASON, "Đang chờ lãnh đạo xem xét");
        assertThat(page.actions()).as("one open request at a time")
                .doesNotContain("action-REQUEST_EXTENSION", "action-REQUEST_REASSIGNMENT");
        assertThat(page.fact("Hạn xử lý")).as("not yet").startsWith(day(deadline));

        signInAs(ward.chair());
        page = PetitionPage.open(driver, baseUrl(), petition.id().value());
        TransitionDialog<PetitionPage> approve = page.act("APPROVE_REQUEST");
        assertThat(approve.dateValue("field-deadline")).as("the deadline asked for").isEqualTo(asked);
        approve.screenshotsAtBothWidths("assignment-approve-dialog");
        page = approve.confirm();
        page.screenshot("assignment-approved-details");

        assertThat(page.fact("Hạn xử lý")).startsWith(day(asked));
        assertThat(page.requests()).singleElement().asString().contains("Đồng ý · Chủ tịch Thử");
        assertThat(page.historyEvents()).endsWith("EXTENSION_REQUESTED", "REQUEST_APPROVED");
        assertThat(page.historyDetails()).endsWith(
                "Đề nghị hạn mới " + day(asked) + ". Lý do: " + REQUEST_REASON,
                "Đồng ý gia hạn. Từ " + day(deadline) + " đến " + day(asked));
    }

    @Test
    void the_officer_answers_with_the_reply_document_attached() throws Exception {
        Petition petition = assignedToLand("Cấp GCN cho hộ ông Tư tổ 2", true);
        Path pdf = Files.createTempDirectory("answer-upload-").resolve("cong-van-tra-loi.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        try {
            signInAs(ward.landOfficer());
            PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value());
            TransitionDialog<PetitionPage> answer = page.act("ANSWER")
                    .type("field-content", "Đã cấp GCN cho hộ ông Tư.")
                    .type("field-documentNumber", "88/UBND-ĐC")
                    .attach("field-attachments", pdf);
            assertThat(answer.uploadedFiles("field-attachments")).containsExactly("cong-van-tra-loi.pdf");
            answer.screenshotsAtBothWidths("assignment-answer-with-attachment-dialog");
            page = answer.confirm().waitForState("Đã trả lời");
            assertThat(page.answerAttachmentLinks()).containsExactly("cong-van-tra-loi.pdf (1 KB)");
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(pdf.getParent());
        }
    }

    @Test
    void the_history_reads_in_the_language_the_reader_chose() throws Exception {
        Petition petition = assignedToLand("Biển chỉ dẫn ngõ 7", false);
        LocalDate extended = deadline.plusDays(10);
        CommandResult extend = as(ward.chair(), () -> direction.extendDeadline(new AssignmentCommands.ExtendDeadline(
                petition.id(), 1, extended, EXTEND_REASON)));
        assertThat(extend.isDone()).as("extend").isTrue();

        signInAs(ward.chair());
        PetitionPage page = PetitionPage.open(driver, baseUrl(), petition.id().value()).switchLanguage();
        assertThat(page.historyHeading()).isEqualTo("History");
        assertThat(page.historyDetails()).as("the system's words in English, what users typed as typed").containsExactly(
                "Recorded at the conference",
                "Assigned to " + LAND_DEPARTMENT + ", deadline " + day(deadline) + ". Instruction: " + INSTRUCTION,
                "From " + day(deadline) + " to " + day(extended) + ". Reason: " + EXTEND_REASON);
        page.historyScreenshotsAtBothWidths("history-english");

        page = page.switchLanguage();
        assertThat(page.historyHeading()).isEqualTo("Lịch sử xử lý");
        assertThat(page.historyDetails()).containsExactly(
                "Ghi nhận tại hội nghị",
                "Giao " + LAND_DEPARTMENT + ", hạn " + day(deadline) + ". Ý kiến chỉ đạo: " + INSTRUCTION,
                "Từ " + day(deadline) + " đến " + day(extended) + ". Lý do: " + EXTEND_REASON);
        page.historyScreenshotsAtBothWidths("history-vietnamese");
    }

    private record Petition(PetitionId id, String code) {
    }

    /** Recorded by the clerk and assigned by the chair to the land department; started by its officer if asked. */
    private Petition assignedToLand(String title, boolean started) throws Exception {
        IntakeCommands.Capture capture = new IntakeCommands.Capture(ward.conference(), LAND, title,
                "Đề nghị phường kiểm tra và trả lời.", true,
                List.of(IntakeCommands.Requester.newDelegate("Nguyễn Văn Bình", null, "Tổ 12", null)), false, null,
                null);
        CommandResult created = as(ward.clerk(), () -> intake.capture(capture));
        assertThat(created).as("capture of " + title).isInstanceOf(CommandResult.Created.class);
        PetitionId id = ((CommandResult.Created) created).id();
        CommandResult assigned = as(ward.chair(), () -> workflow.assign(new PetitionCommands.Assign(id, 0,
                ward.landDepartment(), deadline, INSTRUCTION)));
        assertThat(assigned.isDone()).as("assign " + title).isTrue();
        if (started) {
            CommandResult start = as(ward.landOfficer(), () -> workflow.start(new PetitionCommands.Start(id, 1)));
            assertThat(start.isDone()).as("start " + title).isTrue();
        }
        return new Petition(id, ((CommandResult.Created) created).code());
    }

    private <T> T as(String username, Callable<T> action) throws Exception {
        return signIn.as(username, action);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private BoardPage signInAs(String username) {
        Browser.forgetSession(driver);
        return LoginPage.open(driver, baseUrl()).loginAs(username, TestWards.PASSWORD);
    }

    private static String day(LocalDate date) {
        return date.format(AppPage.DAY);
    }
}
