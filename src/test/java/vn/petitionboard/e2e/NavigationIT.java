package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.APP_USER;
import static vn.petitionboard.jooq.Tables.USER_ROLE;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.security.Role;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.TestWards;

/**
 * The side navigation each role sees, entry by entry and in order, and the page each role starts on. The menu is
 * built from the views' own entries filtered by who may open them, so this is where a view that shows up for the
 * wrong role, or a label that changes, gets noticed.
 */
@IntegrationTest
class NavigationIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    private static final String BOARD = "main-nav: Bảng kiến nghị -> board";
    private static final String PETITIONS = "main-nav: Danh sách kiến nghị -> petitions";
    private static final String DASHBOARD = "main-nav: Tổng hợp -> dashboard";
    private static final String CONFERENCES = "main-nav: Hội nghị -> conferences";
    private static final String IMPORT = "main-nav: Nhập từ Excel -> conferences/import";
    private static final String REPORT = "main-nav: Báo cáo hội nghị -> reports";
    private static final String MY_WORK = "main-nav: Việc của tôi -> my-work";
    private static final String REVIEW = "main-nav: Chờ giám sát -> review";
    private static final String USERS = "admin-nav: Người dùng -> admin/users";
    private static final String AUDIT = "admin-nav: Nhật ký quản trị -> admin/audit";
    private static final String DEPARTMENTS = "admin-nav: Bộ phận -> admin/departments";
    private static final String DOMAINS = "admin-nav: Lĩnh vực -> admin/domains";
    private static final String HOLIDAYS = "admin-nav: Ngày nghỉ lễ -> admin/holidays";
    private static final String UNIT = "admin-nav: Đơn vị -> admin/unit";
    private static final String DELEGATES = "admin-nav: Người kiến nghị -> admin/delegates";

    @Autowired
    private TestWards wards;

    @Autowired
    private DSLContext dsl;

    @Test
    void leadersSeeTheBoardThePetitionsTheOverviewTheConferencesAndTheReport() {
        for (String leader : List.of("bithu", "chutich")) {
            BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(leader, PASSWORD);
            assertThat(board.menu()).as(leader).containsExactly(BOARD, PETITIONS, DASHBOARD, CONFERENCES, REPORT);
            board.logout();
        }
    }

    @Test
    void theClerkSeesNoOverviewAndNoQueue() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("vanthu", PASSWORD);
        assertThat(board.menu()).containsExactly(BOARD, PETITIONS, CONFERENCES, IMPORT, REPORT);
    }

    @Test
    void anOfficerSeesTheirOwnWorkButNeitherTheOverviewNorTheReport() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("diachinh", PASSWORD);
        assertThat(board.menu()).containsExactly(BOARD, PETITIONS, CONFERENCES, MY_WORK);
    }

    @Test
    void theFrontSeesEverythingLeadersSeeAndItsReviewQueue() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("mattran", PASSWORD);
        assertThat(board.menu()).containsExactly(BOARD, PETITIONS, DASHBOARD, CONFERENCES, REPORT, REVIEW);
    }

    @Test
    void theAdministratorStartsOnTheUsersAndSeesOnlyTheAdministrationSection() {
        UsersPage users = LoginPage.open(driver, baseUrl()).loginAsAdmin("quantri", PASSWORD);
        assertThat(users.currentUrl()).isEqualTo(baseUrl() + "/admin/users");
        assertThat(users.menu()).containsExactly(USERS, AUDIT, DEPARTMENTS, DOMAINS, HOLIDAYS, UNIT, DELEGATES);
        assertThat(users.adminMenuLabel()).isEqualTo("Quản trị");
        assertThat(users.hasBoardMenu()).isFalse();
    }

    @Test
    void aClerkWhoAlsoAdministersStartsOnTheBoardWithBothSections() {
        Ward ward = wards.create();
        var clerk = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(ward.clerk())).fetchSingle()
                .value1();
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, clerk).set(USER_ROLE.ROLE, Role.ADMIN).execute();

        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.clerk(), PASSWORD);

        assertThat(board.currentUrl()).isEqualTo(baseUrl() + "/board");
        assertThat(board.menu()).containsExactly(BOARD, PETITIONS, CONFERENCES, IMPORT, REPORT, USERS, AUDIT,
                DEPARTMENTS, DOMAINS, HOLIDAYS, UNIT, DELEGATES);
    }

    @Test
    void aCardOpensItsPetitionAndTheBackLinkReturnsToTheBoardWithoutReloadingThePage() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        // Survives a navigation by the Vaadin router, not a page load.
        driver.executeScript("window.navigationMarker = 'same page';");

        PetitionPage petition = board.openCard("KN-2020-004");
        assertThat(petition.currentUrl()).isEqualTo(baseUrl() + "/petitions/10");

        BoardPage back = petition.backToBoard();
        assertThat(back.currentUrl()).isEqualTo(baseUrl() + "/board");
        assertThat(driver.executeScript("return window.navigationMarker;")).as("no page load on the way")
                .isEqualTo("same page");
    }

    @Test
    void theBackLinkReturnsToTheListWithItsSearchAndStaysThereFromPetitionToPetition() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        PetitionListPage found = PetitionListPage.open(driver, baseUrl(), null).searchFor("giai phong mat bang");
        String listUrl = found.currentUrl();

        PetitionPage petition = found.openPetition("KN-2020-009");
        assertThat(petition.backLinkText()).isEqualTo("Quay lại danh sách");
        // A petition reached from another petition (a link in its history, a URL typed) keeps the same way back.
        PetitionPage next = PetitionPage.openInApp(driver, baseUrl(), 4);
        assertThat(next.backLinkText()).isEqualTo("Quay lại danh sách");

        PetitionListPage back = next.backToList();
        assertThat(back.currentUrl()).isEqualTo(listUrl);
        assertThat(back.searchText()).isEqualTo("giai phong mat bang");
        assertThat(back.codes()).containsExactly("KN-2020-009", "KN-2020-008", "KN-2019-004");

        PetitionPage direct = PetitionPage.open(driver, baseUrl(), 4);
        assertThat(direct.backLinkText()).as("opened by its address: the board").isEqualTo("Quay lại bảng");
    }
}
