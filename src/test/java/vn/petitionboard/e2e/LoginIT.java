package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.petitionboard.IntegrationTest;

/** Signing in and out in a real browser. */
@IntegrationTest
class LoginIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    @Test
    void aWrongPasswordShowsTheVietnameseErrorAndStaysOnTheLoginPage() {
        LoginPage login = LoginPage.open(driver, baseUrl());
        assertThat(login.errorShown()).as("no error before any attempt").isFalse();
        login.screenshot("login-page");

        LoginPage refused = login.loginExpectingError("chutich", "sai-mat-khau");

        assertThat(refused.errorShown()).as("error box shown").isTrue();
        assertThat(refused.errorTitle()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(refused.currentUrl()).isEqualTo(baseUrl() + "/login?error");
        assertThat(driver.findElements(By.id("logout"))).as("no signed-in shell").isEmpty();
        refused.screenshot("login-error-wrong-password");
    }

    @Test
    void loggingOutReturnsToTheLoginPageAndTheBoardThenAsksForLoginAgain() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        assertThat(board.userName()).isEqualTo("Hoàng Văn Lực");

        LoginPage afterLogout = board.logout();
        assertThat(afterLogout.currentUrl()).startsWith(baseUrl() + "/login");
        assertThat(afterLogout.errorShown()).isFalse();

        LoginPage again = LoginPage.openExpectingLogin(driver, baseUrl(), "/board");
        assertThat(again.currentUrl()).startsWith(baseUrl() + "/login");
        assertThat(driver.findElements(By.cssSelector("section[id^='column-']"))).as("no board columns").isEmpty();
        assertThat(driver.findElements(By.id("logout"))).as("no signed-in shell").isEmpty();
    }
}
