package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.petitionboard.IntegrationTest;

/** The petition list's search in the browser, on the demo data (read-only here). */
@IntegrationTest
class PetitionSearchIT extends BrowserTest {

    @Test
    void theChairmanFindsSiteClearancePetitionsTypedWithoutDiacriticsAndTheUrlKeepsTheSearch() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", "demo@2020");
        PetitionListPage list = PetitionListPage.open(driver, baseUrl(), null);
        assertThat(list.total()).isEqualTo("17 kiến nghị");
        assertThat(list.codes()).contains("KN-2020-011", "KN-2019-001");

        PetitionListPage found = list.searchFor("giai phong mat bang");
        found.screenshot("petition-search-giai-phong-mat-bang");
        assertThat(found.codes()).containsExactly("KN-2020-009", "KN-2020-008", "KN-2019-004");
        assertThat(found.total()).isEqualTo("3 kiến nghị");
        assertThat(found.queryParameter("q")).contains("giai phong mat bang");

        PetitionListPage reopened = PetitionListPage.open(driver, baseUrl(), found.currentUrl()
                .substring(found.currentUrl().indexOf('?') + 1));
        assertThat(reopened.searchText()).isEqualTo("giai phong mat bang");
        assertThat(reopened.codes()).containsExactly("KN-2020-009", "KN-2020-008", "KN-2019-004");
    }

    @Test
    void theLandOfficerNeverFindsAnotherDepartmentsPetition() {
        LoginPage.open(driver, baseUrl()).loginAs("diachinh", "demo@2020");
        PetitionListPage list = PetitionListPage.open(driver, baseUrl(), "q=KN-2020-004");
        assertThat(list.codes()).isEmpty();
        assertThat(list.total()).isEqualTo("0 kiến nghị");
        assertThat(list.pageSource()).doesNotContain("Lấn chiếm vỉa hè");

        PetitionListPage land = list.searchFor("dat dai");
        assertThat(land.codes()).containsExactly("KN-2020-003", "KN-2020-002", "KN-2019-005", "KN-2019-001");
    }
}
