package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.IntakeCommands;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionIntakeService;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.support.SignIn;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/**
 * One petition's whole life, in a real browser, by the people who take each step: the clerk records a conference,
 * the chair assigns by dragging, the land officer starts, reports progress with a file and answers, the Front returns
 * it (a return without a reason is refused at the field), the officer answers again, the Front accepts and the card
 * leaves the board with every step in the history; and a second petition escalated to the district and answered
 * there. Then what each role may not do: drops on columns the role may not use, another department's petition by
 * URL, and a Front reviewer facing a card to assign.
 * <p>
 * The journey's steps run in order on one ward of its own (TestWards), so the demo ward other tests read is never
 * touched; once a step fails, the later steps are skipped rather than failing for the same reason. The refusals use a
 * second ward whose petitions are put in place through the services.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowJourneyIT {

    private static final DomainId LAND = new DomainId(2);
    private static final DomainId URBAN_ORDER = new DomainId(3);
    private static final DomainId SITE_CLEARANCE = new DomainId(5);
    private static final DomainId ENVIRONMENT = new DomainId(4);

    private static final String LAND_DEPARTMENT = "Địa chính – Xây dựng";
    private static final String LAND_TITLE = "Cấp GCN QSDĐ cho 6 hộ tổ dân phố 12";
    private static final String CLEARANCE_TITLE = "Bồi thường GPMB dự án đường 40 m qua tổ 20";
    private static final String SPOT_TITLE = "Lịch thu gom rác tổ 7";
    private static final String SPOT_ANSWER = "Công ty môi trường sẽ thu gom từ 19 đến 21 giờ từ tuần sau.";
    private static final String CONFERENCE_TITLE = "Hội nghị đối thoại giữa Đảng ủy, UBND phường với MTTQ và nhân dân";
    private static final String INSTRUCTION = "Rà soát hồ sơ 6 hộ, báo cáo vướng mắc trước hạn.";
    private static final String PROGRESS_NOTE = "Đã kiểm tra hiện trạng 6 thửa đất, lập biên bản.";
    private static final String FIRST_ANSWER = "Đã hướng dẫn 6 hộ bổ sung hồ sơ; dự kiến cấp GCN trong quý tới.";
    private static final String RETURN_REASON = "Chưa nêu rõ thời hạn cấp giấy cho từng hộ.";
    private static final String SECOND_ANSWER = "Đã cấp GCN cho 4 hộ; 2 hộ còn lại nhận trước 30 ngày tới.";
    private static final String ESCALATION_REFERENCE = "215/UBND-GPMB";
    private static final String AGENCY = "Ban Quản lý dự án đầu tư xây dựng quận Long Biên";
    private static final String REPLY_REFERENCE = "1530/UBND-TNMT";
    private static final String REPLY = "Quận đã phê duyệt phương án bồi thường bổ sung cho các hộ tổ 20.";
    private static final String PDF_NAME = "bien-ban-kiem-tra-hien-trang.pdf";

    @Autowired
    private TestWards wards;

    @Autowired
    private SignIn signIn;

    @Autowired
    private PetitionIntakeService intake;

    @Autowired
    private PetitionWorkflowService workflow;

    @Autowired
    private Clock clock;

    @LocalServerPort
    private int port;

    private ChromeDriver driver;
    private Ward ward;
    private Path pdf;
    private LocalDate today;

    /** The journey's petitions: their codes as the clerk got them, and the land petition's id once seen. */
    private String landCode;
    private String clearanceCode;
    private String spotCode;
    private long landId;

    /** The refusals' ward and its petitions, each in the state a refusal needs. */
    private Ward other;
    private String otherInProgress;
    private String otherAssigned;
    private String otherReceived;
    private String otherAnswered;
    private String otherUrbanCode;
    private PetitionId otherUrban;

    /** The first journey step that failed; the steps after it have nothing to stand on. */
    private String brokenAt;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> driver);

    @RegisterExtension
    final TestWatcher journeyGuard = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = context.getRequiredTestMethod().getName();
            if (name.startsWith("step") && brokenAt == null) {
                brokenAt = name;
            }
        }
    };

    @BeforeAll
    void setUp() throws Exception {
        today = LocalDate.now(clock);
        ward = wards.create();
        other = wards.create();
        pdf = Files.createTempDirectory("journey-upload-").resolve(PDF_NAME);
        Files.writeString(pdf, """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.ISO_8859_1);
        prepareRefusalWard();
        driver = Browser.start();
    }

    @AfterAll
    void tearDown() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(pdf.getParent());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The journey

    @Test
    @Order(1)
    void step1_theClerkRecordsAConferenceWithThreePetitionsOneAnsweredOnTheSpot() {
        continueJourney();
        BoardPage board = signInAs(ward.clerk());
        ConferencesPage conferences = board.openConferences();
        assertThat(conferences.total()).as("the ward's earlier conference").isEqualTo("1 hội nghị");

        ConferencesPage.Form form = conferences.add()
                .heldOn(today)
                .type("conference-title", CONFERENCE_TITLE)
                .type("conference-venue", "Hội trường UBND phường")
                .type("conference-chairs", "Bí thư Đảng ủy; Chủ tịch UBND phường")
                .type("conference-delegateCount", "52");
        conferences.screenshot("journey-01-clerk-conference-form");
        conferences = form.save();
        assertThat(conferences.total()).isEqualTo("2 hội nghị");

        CapturePage capture = conferences.capture(CONFERENCE_TITLE);
        assertThat(capture.conferenceTitle()).isEqualTo(CONFERENCE_TITLE);
        landCode = capture.domain("Đất đai & GCN QSDĐ")
                .newDelegate("Nguyễn Văn Bình", "Tổ 12")
                .title(LAND_TITLE)
                .content("Đề nghị phường đẩy nhanh cấp GCN cho 6 hộ tổ 12.")
                .saveWithEnter();
        clearanceCode = capture.domain("Giải phóng mặt bằng")
                .newDelegate("Lê Thị Hoa", "Tổ 20")
                .title(CLEARANCE_TITLE)
                .content("Đề nghị xem xét lại đơn giá bồi thường cho các hộ tổ 20.")
                .withinAuthority(false)
                .save();
        spotCode = capture.domain("Môi trường")
                .newDelegate("Phạm Văn Cường", "Tổ 7")
                .title(SPOT_TITLE)
                .content("Đề nghị thu gom rác trước 21 giờ.")
                .answeredOnTheSpot(SPOT_ANSWER, "Chủ tịch Thử")
                .save();
        capture.screenshot("journey-01-clerk-capture-three-petitions");

        String year = Integer.toString(today.getYear());
        assertThat(List.of(landCode, clearanceCode, spotCode)).as("codes, in the order spoken")
                .containsExactly("KN-" + year + "-001", "KN-" + year + "-002", "KN-" + year + "-003");
        assertThat(capture.conferenceFacts()).isEqualTo(day(today) + " · Hội nghị đối thoại · đã ghi nhận 3 kiến nghị");
        assertThat(capture.recent()).as("saved petitions, newest first").satisfiesExactly(
                spot -> assertThat(spot).contains(spotCode, SPOT_TITLE, "Phạm Văn Cường"),
                clearance -> assertThat(clearance).contains(clearanceCode, CLEARANCE_TITLE, "Lê Thị Hoa"),
                land -> assertThat(land).contains(landCode, LAND_TITLE, "Nguyễn Văn Bình"));
        CapturePage reloaded = capture.reload();
        assertThat(reloaded.recent()).as("after a reload, the conference's petitions are still listed")
                .satisfiesExactly(
                        spot -> assertThat(spot).contains(spotCode, SPOT_TITLE, "Đã trả lời"),
                        clearance -> assertThat(clearance).contains(clearanceCode, "Mới tiếp nhận"),
                        land -> assertThat(land).contains(landCode, "Mới tiếp nhận"));

        board = BoardPage.open(driver, baseUrl(), null);
        board.screenshot("journey-01-clerk-board-after-conference");
        assertBoard(board, List.of(landCode, clearanceCode), List.of(), List.of(), List.of(), List.of(spotCode));
        assertThat(board.total()).isEqualTo("3 kiến nghị chưa giải quyết");
        assertThat(board.cardText(landCode)).contains(LAND_TITLE, "Chưa giao bộ phận");
    }

    @Test
    @Order(2)
    void step2_theChairAssignsTheLandPetitionByDraggingItToAssigned() {
        continueJourney();
        LocalDate deadline = today.plusDays(30);
        BoardPage board = signInAs(ward.chair());

        TransitionDialog<BoardPage> dialog = board.pickUp(landCode).dropOn("ASSIGNED", "ASSIGN");
        assertThat(dialog.headerTitle()).isEqualTo("Giao xử lý · " + landCode);
        assertThat(dialog.dateValue("field-deadline")).as("the proposed deadline").isAfter(today);
        dialog.select("field-department", LAND_DEPARTMENT)
                .date("field-deadline", deadline)
                .type("field-instruction", INSTRUCTION);
        dialog.screenshot("journey-02-chair-assign-dialog");
        board = dialog.confirm();
        board.screenshot("journey-02-chair-board-after-assign");

        assertBoard(board, List.of(clearanceCode), List.of(landCode), List.of(), List.of(), List.of(spotCode));
        assertThat(board.cardText(landCode)).contains(LAND_DEPARTMENT, "Hạn: " + day(deadline));
    }

    @Test
    @Order(3)
    void step3_theLandOfficerStartsReportsHalfDoneWithAFileAndAnswers() {
        continueJourney();
        BoardPage board = signInAs(ward.landOfficer());
        assertThat(board.columnCodes("ASSIGNED")).as("the officer's assigned work").containsExactly(landCode);

        board = board.pickUp(landCode).dropOn("IN_PROGRESS", "START").confirm();
        board.screenshot("journey-03-officer-board-after-start");
        assertThat(board.columnOf(landCode)).isEqualTo("IN_PROGRESS");

        PetitionPage petition = board.openCard(landCode);
        landId = petition.id();
        assertThat(petition.state()).isEqualTo("Đang xử lý");
        assertThat(petition.section("followup-assignment")).contains(LAND_DEPARTMENT, INSTRUCTION);

        TransitionDialog<PetitionPage> report = petition.act("REPORT_PROGRESS")
                .type("field-note", PROGRESS_NOTE)
                .type("field-percent", "50")
                .attach("field-attachments", pdf);
        assertThat(report.uploadedFiles("field-attachments")).containsExactly(PDF_NAME);
        report.screenshot("journey-03-officer-progress-dialog");
        petition = report.confirm();
        petition.screenshot("journey-03-officer-details-with-progress");

        assertThat(petition.sectionEntries("followup-progress")).singleElement().asString()
                .contains("50%", PROGRESS_NOTE, PDF_NAME);
        assertThat(petition.attachmentLinks()).containsExactly(PDF_NAME + " (1 KB)");
        assertThat(petition.attachmentStart(0, 8)).as("the file behind the link").isEqualTo("%PDF-1.4");

        petition = petition.act("ANSWER")
                .type("field-content", FIRST_ANSWER)
                .type("field-documentNumber", "125/UBND-ĐC")
                .confirm()
                .waitForState("Đã trả lời");
        petition.screenshot("journey-03-officer-details-answered");
        assertThat(petition.sectionEntries("followup-answers")).singleElement().asString()
                .contains("Bộ phận trả lời", "125/UBND-ĐC", day(today), FIRST_ANSWER);
        assertThat(petition.actions()).as("nothing left for the officer while the Front reviews").isEmpty();
    }

    @Test
    @Order(4)
    void step4_theFrontReturnsTheAnswerAndAReturnWithoutAReasonIsRefused() {
        continueJourney();
        LocalDate newDeadline = today.plusDays(10);
        signInAs(ward.front());
        ReviewPage review = ReviewPage.open(driver, baseUrl());
        review.screenshot("journey-04-front-review-queue");
        assertThat(review.codes()).containsExactlyInAnyOrder(landCode, spotCode);

        TransitionDialog<ReviewPage> giveBack = review.returnAnswer(landCode);
        assertThat(giveBack.dateValue("field-newDeadline")).as("the proposed new deadline").isAfter(today);
        giveBack.confirmExpectingProblem();
        giveBack.screenshot("journey-04-front-return-without-reason");
        assertThat(giveBack.isOpen()).as("the dialog stays open").isTrue();
        assertThat(giveBack.fieldInvalid("field-reason")).isTrue();
        assertThat(giveBack.fieldError("field-reason")).isEqualTo("Không được để trống");
        assertThat(giveBack.problem()).isEqualTo("Vui lòng sửa các ô được đánh dấu.");

        review = giveBack.type("field-reason", RETURN_REASON).date("field-newDeadline", newDeadline).confirm();
        assertThat(review.codes()).containsExactly(spotCode);

        PetitionPage petition = PetitionPage.open(driver, baseUrl(), landId);
        petition.screenshot("journey-04-front-details-after-return");
        assertThat(petition.state()).isEqualTo("Đang xử lý");
        assertThat(petition.fact("Hạn xử lý")).isEqualTo(day(newDeadline));
        assertThat(petition.sectionEntries("followup-reviews")).singleElement().asString()
                .contains("Trả lại", "hạn mới " + day(newDeadline), RETURN_REASON);
        assertThat(petition.actions()).as("the Front has nothing to do with work in progress").isEmpty();
    }

    @Test
    @Order(5)
    void step5_theOfficerAnswersAgain() {
        continueJourney();
        BoardPage board = signInAs(ward.landOfficer());
        assertThat(board.columnOf(landCode)).isEqualTo("IN_PROGRESS");
        assertThat(board.cardText(landCode)).contains("Hạn: " + day(today.plusDays(10)));

        PetitionPage petition = board.openCard(landCode);
        assertThat(petition.section("followup-reviews")).as("the officer sees why it came back").contains(RETURN_REASON);
        petition = petition.act("ANSWER")
                .type("field-content", SECOND_ANSWER)
                .type("field-documentNumber", "140/UBND-ĐC")
                .confirm()
                .waitForState("Đã trả lời");
        petition.screenshot("journey-05-officer-answered-again");
        assertThat(petition.sectionEntries("followup-answers")).as("answers, newest first").satisfiesExactly(
                newest -> assertThat(newest).contains("140/UBND-ĐC", SECOND_ANSWER),
                first -> assertThat(first).contains("125/UBND-ĐC", FIRST_ANSWER));
    }

    @Test
    @Order(6)
    void step6_theFrontAcceptsAndThePetitionLeavesTheBoardWithEveryStepInItsHistory() {
        continueJourney();
        signInAs(ward.front());
        ReviewPage review = ReviewPage.open(driver, baseUrl());
        assertThat(review.codes()).containsExactlyInAnyOrder(landCode, spotCode);
        review = review.accept(landCode).confirm();
        assertThat(review.codes()).containsExactly(spotCode);

        BoardPage board = BoardPage.open(driver, baseUrl(), null);
        board.screenshot("journey-06-front-board-after-accept");
        assertThat(board.columnOf(landCode)).as("a resolved petition is on no column").isNull();
        assertBoard(board, List.of(clearanceCode), List.of(), List.of(), List.of(), List.of(spotCode));
        assertThat(board.total()).isEqualTo("2 kiến nghị chưa giải quyết");

        PetitionPage petition = PetitionPage.open(driver, baseUrl(), landId);
        petition.screenshot("journey-06-front-details-resolved");
        assertThat(petition.state()).isEqualTo("Đã giải quyết");
        assertThat(petition.fact("Hội nghị")).isEqualTo(CONFERENCE_TITLE);
        assertThat(petition.fact("Ngày hội nghị")).isEqualTo(day(today));
        assertThat(petition.historyEvents()).containsExactly("RECEIVED", "ASSIGNED", "STARTED", "PROGRESS_REPORTED",
                "ANSWERED", "REVIEW_RETURNED", "ANSWERED", "REVIEW_ACCEPTED");
        assertThat(petition.sectionEntries("followup-reviews")).as("the Front's verdicts, newest first")
                .satisfiesExactly(
                        accepted -> assertThat(accepted).startsWith("Xác nhận đã giải quyết"),
                        returned -> assertThat(returned).startsWith("Trả lại").contains(RETURN_REASON));
    }

    @Test
    @Order(7)
    void step7_theChairEscalatesToAnAgencyAndRecordsItsReply() {
        continueJourney();
        BoardPage board = signInAs(ward.chair());

        TransitionDialog<BoardPage> escalate = board.pickUp(clearanceCode).dropOn("ESCALATED", "ESCALATE");
        assertThat(escalate.checkedOption("field-target")).as("the parent unit is proposed")
                .isEqualTo("Cấp trên trực tiếp (Quận Long Biên)");
        // The district in the system has its own journey (EscalationJourneyIT); this one goes to an agency outside
        // it, whose reply the chair types in.
        escalate.choose("field-target", "Cơ quan khác")
                .type("field-agencyName", AGENCY)
                .type("field-referenceNumber", ESCALATION_REFERENCE)
                .type("field-note", "Vượt thẩm quyền phường: đơn giá bồi thường do Ban quyết định.");
        escalate.screenshot("journey-07-chair-escalate-dialog");
        board = escalate.confirm();
        board.screenshot("journey-07-chair-board-after-escalate");
        assertBoard(board, List.of(), List.of(), List.of(), List.of(clearanceCode), List.of(spotCode));

        PetitionPage petition = board.openCard(clearanceCode);
        assertThat(petition.fact("Thẩm quyền")).as("as the clerk recorded it")
                .isEqualTo("Không thuộc thẩm quyền, báo cáo cấp trên");
        assertThat(petition.section("followup-escalations")).contains(AGENCY + " · " + ESCALATION_REFERENCE);
        assertThat(petition.escalationStatuses()).containsExactly("Đang chờ cấp trên trả lời [followup-status waiting]");

        petition = petition.act("RECORD_REPLY")
                .type("field-content", REPLY)
                .type("field-replyReference", REPLY_REFERENCE)
                .confirm()
                .waitForState("Đã trả lời");
        petition.screenshot("journey-07-chair-details-reply-recorded");
        assertThat(petition.escalationStatuses()).containsExactly(
                "Cấp trên đã trả lời ngày " + day(today) + " " + REPLY_REFERENCE + " [followup-status replied]");
        assertThat(petition.section("followup-escalations")).contains(REPLY);
        assertThat(petition.historyEvents()).containsExactly("RECEIVED", "ESCALATED", "HIGHER_LEVEL_REPLIED");

        board = BoardPage.open(driver, baseUrl(), null);
        assertBoard(board, List.of(), List.of(), List.of(), List.of(), List.of(clearanceCode, spotCode));
    }

    // ---------------------------------------------------------------------------------------------------------
    // What each role may not do (a ward of their own, see prepareRefusalWard)

    @Test
    @Order(20)
    void anOfficersCardIsNotAcceptedByAColumnTheirRoleMayNotUse() {
        BoardPage board = signInAs(other.landOfficer());

        // IN_PROGRESS → ESCALATED: only a leader escalates.
        BoardPage.Drag drag = board.pickUp(otherInProgress).waitUntilForbidden("ESCALATED");
        board.screenshot("refused-officer-drags-in-progress-card");
        assertThat(drag.allowed("ANSWERED")).as("the officer may answer it").isTrue();
        assertThat(drag.acceptsDragOver("ANSWERED")).as("the answered column takes the card").isTrue();
        assertThat(drag.allowed("ESCALATED")).as("but not escalate it").isFalse();
        assertThat(drag.acceptsDragOver("ESCALATED")).as("the escalated column takes the card").isFalse();
        // A browser would not even fire the drop now; a forged one is refused by the server as well.
        board = drag.dropAnywayOn("ESCALATED");
        assertThat(board.dialogOpen()).as("a dialog opened").isFalse();
        assertThat(board.errorNotifications()).containsExactly("Không thể chuyển kiến nghị sang cột này.");
        assertThat(board.columnOf(otherInProgress)).isEqualTo("IN_PROGRESS");

        // ASSIGNED → ANSWERED: an assigned petition must be started first.
        drag = board.pickUp(otherAssigned).waitUntilForbidden("ANSWERED");
        assertThat(drag.allowed("IN_PROGRESS")).as("the officer may start it").isTrue();
        assertThat(drag.allowed("ANSWERED")).as("but not answer it before starting").isFalse();
        assertThat(drag.acceptsDragOver("ANSWERED")).as("the answered column takes the card").isFalse();
        board = drag.dropAnywayOn("ANSWERED");
        board.screenshot("refused-officer-after-forbidden-drops");
        assertThat(board.dialogOpen()).as("a dialog opened").isFalse();
        assertThat(board.columnOf(otherAssigned)).isEqualTo("ASSIGNED");
        assertThat(board.count("ANSWERED")).isZero();
    }

    @Test
    @Order(21)
    void anOfficerOpeningAnotherDepartmentsPetitionByUrlIsToldItIsNotFound() {
        signInAs(other.landOfficer());

        NotFoundPage notFound = NotFoundPage.openPetition(driver, baseUrl(), otherUrban.value());
        notFound.screenshot("refused-officer-opens-other-departments-petition");

        assertThat(notFound.title()).isEqualTo("Không tìm thấy kiến nghị");
        assertThat(notFound.pageSource()).doesNotContain(otherUrbanCode, "Lấn chiếm vỉa hè ngõ 3");
    }

    @Test
    @Order(22)
    void aFrontReviewerCannotAssign() {
        BoardPage board = signInAs(other.front());
        assertThat(board.columnCodes("RECEIVED")).containsExactly(otherReceived);

        assertThat(board.isDraggable(otherAnswered)).as("an answer the Front may return").isTrue();
        assertThat(board.isDraggable(otherReceived)).as("a petition to assign").isFalse();
        BoardPage.Drag drag = board.pickUp(otherReceived);
        assertThat(BoardPage.STATES).as("columns marked for the card").noneMatch(drag::allowed);
        assertThat(drag.acceptsDragOver("ASSIGNED")).as("the assigned column takes the card").isFalse();

        PetitionPage petition = board.openCard(otherReceived);
        petition.screenshot("refused-front-details-of-received-petition");
        assertThat(petition.actions()).as("step buttons for the Front on a new petition").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void continueJourney() {
        assumeTrue(brokenAt == null, () -> "skipped: the journey broke at " + brokenAt);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A new session for the user: the previous one's cookies go, as after logging out. */
    private BoardPage signInAs(String username) {
        Browser.forgetSession(driver);
        return LoginPage.open(driver, baseUrl()).loginAs(username, TestWards.PASSWORD);
    }

    private static String day(LocalDate date) {
        return date.format(AppPage.DAY);
    }

    private static void assertBoard(BoardPage board, List<String> received, List<String> assigned,
            List<String> inProgress, List<String> escalated, List<String> answered) {
        SoftAssertions softly = new SoftAssertions();
        List<List<String>> expected = List.of(received, assigned, inProgress, escalated, answered);
        for (int i = 0; i < BoardPage.STATES.size(); i++) {
            String state = BoardPage.STATES.get(i);
            softly.assertThat(board.columnCodes(state)).as("cards in " + state)
                    .containsExactlyInAnyOrderElementsOf(expected.get(i));
            softly.assertThat(board.count(state)).as("count of " + state).isEqualTo(expected.get(i).size());
        }
        softly.assertAll();
    }

    /** Records one petition as the ward's clerk, at the ward's conference; returns its code. */
    private String capture(Ward in, DomainId domain, String title, String content, boolean withinAuthority,
            String spotAnswer) throws Exception {
        return captured(in, domain, title, content, withinAuthority, spotAnswer).code();
    }

    private CommandResult.Created captured(Ward in, DomainId domain, String title, String content,
            boolean withinAuthority, String spotAnswer) throws Exception {
        IntakeCommands.Capture command = new IntakeCommands.Capture(in.conference(), domain, title, content,
                withinAuthority, List.of(IntakeCommands.Requester.newDelegate("Nguyễn Văn Bình", null, "Tổ 12", null)),
                spotAnswer != null, spotAnswer, spotAnswer == null ? null : "Chủ tịch Thử");
        CommandResult result = as(in.clerk(), () -> intake.capture(command));
        assertThat(result).as("capture of " + title).isInstanceOf(CommandResult.Created.class);
        return (CommandResult.Created) result;
    }

    private <T> T as(String username, Callable<T> action) throws Exception {
        return signIn.as(username, action);
    }

    /**
     * The refusals' ward: a land petition in progress, one assigned, one received, one answered on the spot, and an
     * urban-order petition assigned to the other department.
     */
    private void prepareRefusalWard() throws Exception {
        CommandResult.Created inProgress = captured(other, LAND, "Xác nhận nguồn gốc đất thửa 45",
                "Đề nghị xác nhận nguồn gốc đất.", true, null);
        CommandResult.Created assigned = captured(other, LAND, "Cắm mốc giới đất công tổ 4", "Đề nghị cắm mốc giới.",
                true, null);
        otherReceived = capture(other, LAND, "Cấp GCN cho hộ ông Tư tổ 2", "Đề nghị cấp GCN.", true, null);
        otherAnswered = capture(other, ENVIRONMENT, "Vệ sinh hồ điều hòa", "Đề nghị vớt rác hồ.", true,
                "Phường đã giao tổ vệ sinh vớt rác hằng tuần.");
        CommandResult.Created urban = captured(other, URBAN_ORDER, "Lấn chiếm vỉa hè ngõ 3",
                "Đề nghị xử lý lấn chiếm.", true, null);

        assign(inProgress.id(), other.landDepartment());
        CommandResult started = as(other.landOfficer(),
                () -> workflow.start(new PetitionCommands.Start(inProgress.id(), 1)));
        assertThat(started.isDone()).as("start " + inProgress.code()).isTrue();
        assign(assigned.id(), other.landDepartment());
        assign(urban.id(), other.urbanDepartment());
        otherInProgress = inProgress.code();
        otherAssigned = assigned.code();
        otherUrbanCode = urban.code();
        otherUrban = urban.id();
    }

    private void assign(PetitionId id, DepartmentId department) throws Exception {
        CommandResult result = as(other.chair(), () -> workflow.assign(new PetitionCommands.Assign(id, 0, department,
                today.plusDays(20), "Giao xử lý theo quy định.")));
        assertThat(result.isDone()).as("assign " + id).isTrue();
    }
}
