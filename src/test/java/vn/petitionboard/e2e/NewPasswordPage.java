package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page a user signed in with an administrator's password must choose their own on. */
final class NewPasswordPage extends AppPage {

    NewPasswordPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id(PasswordDialog.CURRENT));
        waitForVaadin();
    }

    String heading() {
        return driver.findElement(By.cssSelector(".new-password-view h1")).getText().trim();
    }

    NewPasswordPage fill(String current, String fresh) {
        typeInto(PasswordDialog.CURRENT, current);
        typeInto(PasswordDialog.NEW, fresh);
        typeInto(PasswordDialog.CONFIRMATION, fresh);
        return this;
    }

    /** Saves a good password: the user goes on to their start page, the board. */
    BoardPage saveAndGoOn() {
        driver.findElement(By.id("password-save")).click();
        wait.until(ExpectedConditions.urlContains("/board"));
        return new BoardPage(driver, baseUrl);
    }

    /** Tries to open another page by its address: the app brings the user back here. */
    NewPasswordPage tryToOpen(String path) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.urlContains("/account/new-password"));
        return new NewPasswordPage(driver, baseUrl);
    }
}
