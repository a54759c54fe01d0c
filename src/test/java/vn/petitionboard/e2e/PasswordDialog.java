package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** "Đổi mật khẩu", opened from the shell's user area (or the phone's user card). */
final class PasswordDialog extends AppPage {

    static final String CURRENT = "password-current";
    static final String NEW = "password-new";
    static final String CONFIRMATION = "password-confirmation";
    private static final By DIALOG = By.cssSelector("vaadin-dialog#password-dialog[opened]");

    PasswordDialog(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id(CURRENT));
        waitForVaadin();
    }

    String title() {
        return driver.findElement(By.id("password-dialog")).getDomProperty("headerTitle");
    }

    PasswordDialog fill(String current, String fresh, String confirmation) {
        typeInto(CURRENT, current);
        typeInto(NEW, fresh);
        typeInto(CONFIRMATION, confirmation);
        return this;
    }

    /** Saves input the service should refuse: the dialog stays open. */
    PasswordDialog saveExpectingErrors() {
        driver.findElement(By.id("password-save")).click();
        waitForVaadin();
        wait.until(d -> !d.findElements(DIALOG).isEmpty());
        return this;
    }

    /** Saves a good change and answers the notification's text, once the dialog has closed. */
    String saveExpectingSuccess() {
        driver.findElement(By.id("password-save")).click();
        wait.until(d -> d.findElements(DIALOG).isEmpty());
        waitForVaadin();
        WebElement notification = waitPresent(By.cssSelector("vaadin-notification#password-changed"));
        return notification.getDomProperty("text");
    }

    boolean invalid(String fieldId) {
        return Boolean.parseBoolean(driver.findElement(By.id(fieldId)).getDomProperty("invalid"));
    }

    String error(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("errorMessage");
    }

    String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }
}
