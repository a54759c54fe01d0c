package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** "Thông báo qua thư", opened from the shell's user area beside "Đổi mật khẩu". */
final class MailPreferencePage extends AppPage {

    private static final By DIALOG = By.cssSelector("vaadin-dialog#mail-preference-dialog[opened]");

    MailPreferencePage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("mail-preference-choice"));
        waitForVaadin();
    }

    static MailPreferencePage open(ChromeDriver driver, String baseUrl) {
        driver.findElement(By.id("mail-preference")).click();
        return new MailPreferencePage(driver, baseUrl);
    }

    String chosen() {
        return all(By.cssSelector("#mail-preference-choice vaadin-radio-button[checked]")).stream()
                .map(WebElement::getText).map(String::trim).findFirst().orElse("");
    }

    String saveLabel() {
        return driver.findElement(By.id("mail-preference-save")).getText().trim();
    }

    boolean noAddressNoticeShown() {
        return !all(By.id("mail-preference-no-address")).isEmpty();
    }

    MailPreferencePage choose(String label) {
        all(By.cssSelector("#mail-preference-choice vaadin-radio-button")).stream()
                .filter(b -> b.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label)).click();
        waitForVaadin();
        return this;
    }

    /** Saves and answers the confirmation's text once the dialog has closed. */
    String save() {
        driver.findElement(By.id("mail-preference-save")).click();
        wait.until(d -> d.findElements(DIALOG).isEmpty());
        waitForVaadin();
        return waitPresent(By.cssSelector("vaadin-notification#mail-preference-saved")).getDomProperty("text");
    }
}
