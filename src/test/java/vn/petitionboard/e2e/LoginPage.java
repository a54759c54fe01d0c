package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Vaadin LoginForm at /login. Its error box lives in the shadow DOM of vaadin-login-form-wrapper. */
final class LoginPage extends AppPage {

    private static final By USERNAME = By.cssSelector("#vaadinLoginUsername input");
    private static final By PASSWORD = By.cssSelector("#vaadinLoginPassword input");
    private static final By LOGIN_FORM = By.tagName("vaadin-login-form");

    LoginPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(USERNAME);
        waitVisible(PASSWORD);
        waitForVaadin();
    }

    static LoginPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver, baseUrl);
    }

    /**
     * Opens a page that needs a signed-in user, expecting to be sent to the login page instead.
     * Fails (by timeout) if the browser does not end up there.
     */
    static LoginPage openExpectingLogin(ChromeDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.urlContains("/login"));
        return new LoginPage(driver, baseUrl);
    }

    /** Signs in a user whose start page is the board. */
    BoardPage loginAs(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/board"));
        return new BoardPage(driver, baseUrl);
    }

    /** Signs in an administrator, whose start page is the user list. */
    UsersPage loginAsAdmin(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/admin/users"));
        return new UsersPage(driver, baseUrl);
    }

    /** Signs in with a password an administrator gave: the app asks for a new one before anything else. */
    NewPasswordPage loginWithGivenPassword(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/account/new-password"));
        return new NewPasswordPage(driver, baseUrl);
    }

    /** Submits credentials that should be refused: Spring Security sends the browser to /login?error. */
    LoginPage loginExpectingError(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/login?error"));
        return new LoginPage(driver, baseUrl);
    }

    /** Submits credentials while the username is locked after too many failures: /login?locked=<minutes>. */
    LoginPage loginExpectingLocked(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/login?locked"));
        return new LoginPage(driver, baseUrl);
    }

    /** Submits good credentials while the database is unreachable: the page comes back saying so. */
    LoginPage loginExpectingUnavailable(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("/login?unavailable"));
        return new LoginPage(driver, baseUrl);
    }

    /** The notice above the form (an ended session), or empty when none shows. */
    String notice() {
        return driver.findElements(By.id("login-notice")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    String errorMessage() {
        return errorBox().findElement(By.cssSelector("[part='error-message-description']")).getText();
    }

    boolean errorShown() {
        return errorBox().isDisplayed();
    }

    String errorTitle() {
        return errorBox().findElement(By.cssSelector("[part='error-message-title']")).getText();
    }

    private WebElement errorBox() {
        SearchContext formShadow = driver.findElement(LOGIN_FORM).getShadowRoot();
        SearchContext wrapperShadow = formShadow.findElement(By.cssSelector("vaadin-login-form-wrapper"))
                .getShadowRoot();
        return wrapperShadow.findElement(By.cssSelector("[part='error-message']"));
    }

    private void submit(String username, String password) {
        WebElement user = driver.findElement(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(PASSWORD);
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }
}
