package vn.petitionboard.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The "not found" error view, shown alike for missing pages and records the user may not see. */
final class NotFoundPage extends AppPage {

    private static final By TITLE = By.id("error-title");

    NotFoundPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(TITLE);
        waitForVaadin();
    }

    /** Opens a petition's URL directly, expecting the not-found view. */
    static NotFoundPage openPetition(ChromeDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "/petitions/" + id);
        return new NotFoundPage(driver, baseUrl);
    }

    String title() {
        return driver.findElement(TITLE).getText();
    }
}
