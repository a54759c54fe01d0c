package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.petitionboard.IntegrationTest;
import vn.petitionboard.support.AppHttpClient;

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

    private String sessionId() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** The board asked for with only this session cookie, as another client that stole it would. */
    private HttpResponse<String> boardWithSession(String sessionId) {
        return new AppHttpClient(port).get("/board", "Cookie", "JSESSIONID=" + sessionId);
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        LoginPage login = LoginPage.open(driver, baseUrl());
        String before = sessionId();

        login.loginAs("chutich", PASSWORD);

        assertThat(sessionId()).as("session fixation: the id before sign-in must not become a signed-in one")
                .isNotEqualTo(before);
        assertThat(boardWithSession(before).statusCode()).as("the old id opens nothing").isEqualTo(302);
    }

    @Test
    void logging_out_ends_the_session_on_the_server_so_its_id_no_longer_opens_the_board() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        String signedIn = sessionId();
        assertThat(boardWithSession(signedIn).statusCode()).as("the id works while signed in").isEqualTo(200);

        board.logout();

        HttpResponse<String> after = boardWithSession(signedIn);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
