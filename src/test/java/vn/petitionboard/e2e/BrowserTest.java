package vn.petitionboard.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.petitionboard.IntegrationTest;

/**
 * One Chromium per test class (a fresh one costs 9-14 s), signed out between tests, with a screenshot of the page
 * when a test fails. Test classes run one after another, so the static driver belongs to the running class.
 */
@IntegrationTest
abstract class BrowserTest {

    protected static ChromeDriver driver;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> driver);

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @AfterEach
    void signOut() {
        // Each test starts without a session: the server knows the user by the session cookie only.
        Browser.forgetSession(driver);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
