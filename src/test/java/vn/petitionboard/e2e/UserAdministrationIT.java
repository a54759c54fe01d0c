package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;

/** The administrator's journeys with accounts, in a ward of the test's own (never a demo user). */
@IntegrationTest
class UserAdministrationIT extends BrowserTest {

    private static final String OWN_PASSWORD = "Hoa sữa nở cuối thu 2026";

    @Autowired
    TestWards wards;

    @Test
    void the_admin_adds_a_department_and_its_officer_who_must_choose_a_password_and_then_sees_an_empty_board() {
        Ward ward = wards.create();
        String username = "canbo_" + ward.suffix();
        LoginPage.open(driver, baseUrl()).loginAsAdmin(ward.admin(), TestWards.PASSWORD);
        assertThat(ReferenceListPage.open(driver, baseUrl(), "department").add("Văn hóa – Xã hội").cellTexts())
                .contains("Văn hóa – Xã hội");
        driver.get(baseUrl() + "/admin/users");
        UsersPage users = new UsersPage(driver, baseUrl());

        UserDialogPage dialog = users.addUser().username(username).fullName("Phan Thị Mai")
                .role("Cán bộ chuyên môn");
        assertThat(dialog.saveExpectingError("user-department"))
                .isEqualTo("Cán bộ chuyên môn phải thuộc một bộ phận");
        dialog.screenshotsAtBothWidths("user-dialog-error");
        String oneTime = dialog.department("Văn hóa – Xã hội").createAndReadPassword();
        assertThat(users.cellTexts()).contains(username, "Phan Thị Mai", "Văn hóa – Xã hội");
        users.screenshotsAtBothWidths("users");
        users.logout();

        NewPasswordPage newPassword = LoginPage.open(driver, baseUrl()).loginWithGivenPassword(username, oneTime);
        assertThat(newPassword.heading()).isEqualTo("Đặt mật khẩu của bạn");
        newPassword = newPassword.tryToOpen("/board");
        newPassword.screenshotsAtBothWidths("new-password");
        BoardPage board = newPassword.fill(oneTime, OWN_PASSWORD).saveAndGoOn();

        assertThat(board.userName()).isEqualTo("Phan Thị Mai");
        for (String state : new String[] {"ASSIGNED", "IN_PROGRESS", "ESCALATED", "ANSWERED"}) {
            assertThat(board.count(state)).as("the new department's %s", state).isZero();
        }
        LoginPage again = board.logout();
        assertThat(again.loginExpectingError(username, oneTime).errorShown())
                .as("the one-time password works once only").isTrue();
        assertThat(LoginPage.open(driver, baseUrl()).loginAs(username, OWN_PASSWORD).userName())
                .isEqualTo("Phan Thị Mai");
    }

    @Test
    void a_disabled_officer_lands_on_the_login_page_at_the_next_click_and_cannot_sign_in() {
        Ward ward = wards.create();
        ChromeDriver officerBrowser = Browser.start();
        try {
            BoardPage officerBoard = LoginPage.open(officerBrowser, baseUrl())
                    .loginAs(ward.landOfficer(), TestWards.PASSWORD);
            assertThat(officerBoard.userName()).isEqualTo("Cán bộ Địa chính Thử");

            UsersPage users = LoginPage.open(driver, baseUrl()).loginAsAdmin(ward.admin(), TestWards.PASSWORD);
            assertThat(users.edit(ward.landOfficer()).disable()).isEqualTo("Đã lưu tài khoản");
            assertThat(users.cellTexts()).contains("Đã vô hiệu hóa");

            officerBrowser.findElement(By.id("drawer-toggle")).click();
            new WebDriverWait(officerBrowser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlContains("/login"));
            LoginPage login = new LoginPage(officerBrowser, baseUrl());
            assertThat(login.loginExpectingError(ward.landOfficer(), TestWards.PASSWORD).errorShown()).isTrue();
        } finally {
            officerBrowser.quit();
        }
    }
}
