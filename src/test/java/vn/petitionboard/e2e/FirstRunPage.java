package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The first-run page (/setup) of an installation without accounts. */
final class FirstRunPage extends AppPage {

    static final String CODE = "first-run-code";
    static final String DISTRICT = "first-run-district";
    static final String WARD = "first-run-ward";
    static final String ADMIN_NAME = "first-run-admin-name";
    static final String PASSWORD = "first-run-password";
    static final String CONFIRMATION = "first-run-confirmation";

    FirstRunPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        wait.until(ExpectedConditions.urlContains("/setup"));
        waitVisible(By.id(CODE));
        waitForVaadin();
    }

    String heading() {
        return driver.findElement(By.cssSelector(".first-run-view h1")).getText().trim();
    }

    FirstRunPage fill(String code, String district, String ward, String adminName, String password) {
        typeInto(CODE, code);
        typeInto(DISTRICT, district);
        typeInto(WARD, ward);
        typeInto(ADMIN_NAME, adminName);
        typeInto(PASSWORD, password);
        typeInto(CONFIRMATION, password);
        return this;
    }

    /** Saves what the service refuses: the page stays, with the reason under the field. */
    String saveExpectingError(String fieldId) {
        driver.findElement(By.id("first-run-save")).click();
        WebElement field = driver.findElement(By.id(fieldId));
        wait.until(d -> field.getDomAttribute("invalid") != null);
        return field.getDomProperty("errorMessage");
    }

    /** Saves a good set-up: the login page opens with a notice naming the administrator's username. */
    LoginPage saveAndSignInNext() {
        driver.findElement(By.id("first-run-save")).click();
        wait.until(ExpectedConditions.urlContains("/login?setup"));
        return new LoginPage(driver, baseUrl);
    }
}
