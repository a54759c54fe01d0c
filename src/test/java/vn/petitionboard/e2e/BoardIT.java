package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.CONFERENCE;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.base.i18n.Formats;

/**
 * The board, the petition details and the menus, as each role sees them, on the demo data
 * (db/changelog/changes/0100-demo-data.sql, read-only here).
 */
@IntegrationTest
class BoardIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    private static final String PASSWORD = "demo@2020";

    /** The unit's unresolved demo petitions by state (petition.state), as the chairman sees them. */
    private static final Map<String, List<String>> CHAIRMAN_BOARD = board(
            List.of("KN-2020-007", "KN-2020-010"),
            List.of("KN-2020-002", "KN-2020-005"),
            List.of("KN-2019-005", "KN-2020-003", "KN-2020-004"),
            List.of("KN-2019-004", "KN-2020-008", "KN-2020-009"),
            List.of("KN-2019-006", "KN-2020-001", "KN-2020-006"));

    /** Domain "Môi trường" (MT, domain_id 4): its unresolved petitions; KN-2019-002 is resolved. */
    private static final Map<String, List<String>> ENVIRONMENT_BOARD = board(
            List.of("KN-2020-007"),
            List.of(),
            List.of(),
            List.of(),
            List.of("KN-2020-006"));

    /** Department "Địa chính – Xây dựng" (department_id 2): the officer diachinh's share; KN-2019-001 is resolved. */
    private static final Map<String, List<String>> LAND_OFFICER_BOARD = board(
            List.of(),
            List.of("KN-2020-002"),
            List.of("KN-2019-005", "KN-2020-003"),
            List.of(),
            List.of());

    private BoardPage loginAs(String username) {
        return LoginPage.open(driver, baseUrl()).loginAs(username, PASSWORD);
    }

    @Test
    void theChairmanSeesEveryUnresolvedPetitionInTheColumnOfItsState() {
        BoardPage board = loginAs("chutich");
        board.screenshot("board-chairman-all-domains");

        assertThat(board.selectedDomain()).isEqualTo("Tất cả lĩnh vực");
        assertBoard(board, CHAIRMAN_BOARD);
        assertThat(board.total()).isEqualTo("13 kiến nghị chưa giải quyết");
        assertThat(board.scopeNotice()).as("the chairman's board is not limited to a department").isEmpty();
    }

    @Test
    void choosingADomainFiltersTheBoardAndChoosingAllDomainsRestoresIt() {
        BoardPage board = loginAs("chutich");

        BoardPage environment = board.selectDomain("Môi trường");
        environment.screenshot("board-chairman-domain-moi-truong");
        assertThat(environment.selectedDomain()).isEqualTo("Môi trường");
        assertBoard(environment, ENVIRONMENT_BOARD);
        assertThat(environment.emptyText("ASSIGNED")).isEqualTo("Không có kiến nghị nào");
        assertThat(environment.total()).isEqualTo("2 kiến nghị chưa giải quyết");
        assertThat(environment.currentUrl()).as("the choice is kept in the URL").endsWith("/board?domain=MT");

        BoardPage all = environment.selectDomain("Tất cả lĩnh vực");
        assertThat(all.selectedDomain()).isEqualTo("Tất cả lĩnh vực");
        assertBoard(all, CHAIRMAN_BOARD);
        assertThat(all.currentUrl()).endsWith("/board");
    }

    @Test
    void theDomainInTheUrlPreselectsItAndFiltersTheBoard() {
        loginAs("chutich");

        BoardPage environment = BoardPage.open(driver, baseUrl(), "MT");

        assertThat(environment.selectedDomain()).isEqualTo("Môi trường");
        assertBoard(environment, ENVIRONMENT_BOARD);
    }

    @Test
    void weeksAfterTheConferenceAnAnswerOnTheSpotIsRefusedBeforeAnythingIsTyped() {
        BoardPage board = loginAs("chutich");

        TransitionDialog<BoardPage> dialog = board.pickUp("KN-2020-007").dropOn("ANSWERED", "ANSWER_ON_THE_SPOT");
        dialog.screenshot("answer-on-the-spot-too-late");

        assertThat(dialog.problem()).isEqualTo("Chỉ ghi nhận “Trả lời tại hội nghị” trong 7 ngày sau hội nghị ngày "
                + conferenceDay("KN-2020-007") + ". Nay hãy giao kiến nghị cho bộ phận chuyên môn để trả lời bằng"
                + " văn bản.");
        assertThat(dialog.confirmEnabled()).isFalse();
        PetitionPage petition = PetitionPage.open(driver, baseUrl(), 13);
        assertThat(petition.actions()).as("not offered on the petition either").contains("action-ASSIGN")
                .doesNotContain("action-ANSWER_ON_THE_SPOT");
    }

    private String conferenceDay(String code) {
        return Formats.date(dsl.select(CONFERENCE.HELD_ON).from(CONFERENCE)
                .join(PETITION).on(PETITION.CONFERENCE_ID.eq(CONFERENCE.ID))
                .where(PETITION.CODE.eq(code)).fetchSingle(CONFERENCE.HELD_ON));
    }

    @Test
    void clickingACardOpensThePetitionWithItsHistoryInOrder() {
        BoardPage board = loginAs("chutich");

        PetitionPage petition = board.openCard("KN-2020-004");
        petition.screenshot("petition-details-KN-2020-004");

        assertThat(petition.currentUrl()).endsWith("/petitions/10");
        assertThat(petition.code()).isEqualTo("KN-2020-004");
        assertThat(petition.title()).isEqualTo("Lấn chiếm vỉa hè, lòng đường ngõ 143");
        assertThat(petition.state()).isEqualTo("Đang xử lý");
        assertThat(petition.historyEvents())
                .containsExactly("RECEIVED", "ASSIGNED", "STARTED", "PROGRESS_REPORTED");
    }

    @Test
    void anOfficerSeesOnlyTheirDepartmentsPetitions() {
        BoardPage board = loginAs("diachinh");
        board.screenshot("board-officer-diachinh");

        assertThat(board.userName()).isEqualTo("Trần Văn Nam");
        assertThat(board.scopeNotice()).contains("Địa chính – Xây dựng");
        assertBoard(board, LAND_OFFICER_BOARD);
        assertThat(board.total()).isEqualTo("3 kiến nghị chưa giải quyết");
    }

    @Test
    void anOfficerOpeningAnotherDepartmentsPetitionByUrlIsToldItIsNotFound() {
        loginAs("diachinh");

        // Petition 10 is KN-2020-004, assigned to department 3 (Kinh tế – Hạ tầng – Đô thị).
        NotFoundPage notFound = NotFoundPage.openPetition(driver, baseUrl(), 10);
        notFound.screenshot("not-found-officer-opens-other-departments-petition");

        assertThat(notFound.title()).isEqualTo("Không tìm thấy kiến nghị");
        String source = notFound.pageSource();
        String windowTitle = notFound.pageTitle();
        SoftAssertions leaks = new SoftAssertions();
        for (String data : List.of("KN-2020-004", "Lấn chiếm vỉa hè", "ngõ 143", "Đề nghị ra quân xử lý dứt điểm")) {
            leaks.assertThat(source.contains(data)).as("the page's DOM contains '%s'", data).isFalse();
            leaks.assertThat(windowTitle.contains(data)).as("the window title contains '%s'", data).isFalse();
        }
        leaks.assertAll();
    }

    @Test
    void aFrontReviewerHasTheBoardMenuButNoAdminMenu() {
        BoardPage board = loginAs("mattran");

        assertThat(board.userName()).isEqualTo("Đỗ Thị Hạnh");
        assertThat(board.hasBoardMenu()).isTrue();
        assertThat(board.hasAdminMenu()).isFalse();
    }

    @Test
    void theAdministratorHasTheAdminMenuAndNoBoardMenu() {
        UsersPage users = LoginPage.open(driver, baseUrl()).loginAsAdmin("quantri", PASSWORD);

        assertThat(users.currentUrl()).endsWith("/admin/users");
        assertThat(users.userName()).isEqualTo("Vũ Quang Huy");
        assertThat(users.hasAdminMenu()).isTrue();
        assertThat(users.hasBoardMenu()).isFalse();
        assertThat(users.cellTexts()).as("the user list shows the unit's users")
                .contains("quantri", "chutich", "Vũ Quang Huy", "Hoàng Văn Lực");
    }

    /** Every column: exactly these cards, the header count equal to their number, the empty state iff none. */
    private static void assertBoard(BoardPage board, Map<String, List<String>> expected) {
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((state, codes) -> {
            softly.assertThat(board.columnCodes(state)).as("cards in " + state).containsExactlyInAnyOrderElementsOf(codes);
            softly.assertThat(board.count(state)).as("count of " + state).isEqualTo(codes.size());
            softly.assertThat(board.emptyShown(state)).as("empty state of " + state).isEqualTo(codes.isEmpty());
        });
        softly.assertAll();
    }

    private static Map<String, List<String>> board(List<String> received, List<String> assigned,
            List<String> inProgress, List<String> escalated, List<String> answered) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("RECEIVED", received);
        columns.put("ASSIGNED", assigned);
        columns.put("IN_PROGRESS", inProgress);
        columns.put("ESCALATED", escalated);
        columns.put("ANSWERED", answered);
        return columns;
    }
}
