package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The administrator's dialog that adds or edits an account. */
final class UserDialogPage extends AppPage {

    private static final By DIALOG = By.cssSelector("vaadin-dialog#user-dialog[opened]");

    UserDialogPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("user-full-name"));
        waitForVaadin();
    }

    UserDialogPage username(String username) {
        typeInto("user-username", username);
        return this;
    }

    UserDialogPage fullName(String name) {
        typeInto("user-full-name", name);
        return this;
    }

    UserDialogPage department(String name) {
        chooseInComboBox("user-department", name);
        return this;
    }

    UserDialogPage role(String label) {
        WebElement box = driver.findElements(By.cssSelector("#user-roles vaadin-checkbox")).stream()
                .filter(b -> b.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + label));
        box.findElement(By.tagName("label")).click();
        wait.until(d -> box.getDomAttribute("checked") != null);
        waitForVaadin();
        return this;
    }

    /** Creates the account and answers the one-time password the next dialog shows, closing it. */
    String createAndReadPassword() {
        driver.findElement(By.id("user-save")).click();
        String password = waitVisible(By.id("issued-password")).getText().trim();
        screenshot("user-password-issued");
        driver.findElement(By.id("issued-done")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog#password-issued-dialog[opened]")).isEmpty());
        waitForVaadin();
        return password;
    }

    /** Saves input the service refuses: the dialog stays open and says why beside each field. */
    String saveExpectingError(String fieldId) {
        driver.findElement(By.id("user-save")).click();
        waitForVaadin();
        wait.until(d -> !d.findElements(DIALOG).isEmpty());
        WebElement field = driver.findElement(By.id(fieldId));
        wait.until(d -> field.getDomAttribute("invalid") != null);
        return field.getDomProperty("errorMessage");
    }

    /** Unlocks an account that too many wrong passwords locked; the notification's text once the dialog closed. */
    String unlock() {
        driver.findElement(By.id("user-unlock")).click();
        wait.until(d -> d.findElements(DIALOG).isEmpty());
        waitForVaadin();
        return waitPresent(By.cssSelector("vaadin-notification#user-notification")).getDomProperty("text");
    }

    /** Disables the account; the notification's text once the dialog has closed. */
    String disable() {
        driver.findElement(By.id("user-disable")).click();
        wait.until(d -> d.findElements(DIALOG).isEmpty());
        waitForVaadin();
        return waitPresent(By.cssSelector("vaadin-notification#user-notification")).getDomProperty("text");
    }
}
