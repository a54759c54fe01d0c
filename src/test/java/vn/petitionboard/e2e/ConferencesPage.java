package vn.petitionboard.e2e;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The unit's conferences at /conferences, newest first; the clerk adds one and opens its capture screen here. */
final class ConferencesPage extends ShellPage {

    private static final By GRID = By.id("conferences-grid");
    private static final By DIALOG = By.cssSelector("vaadin-dialog#conference-dialog[opened]");
    private static final By CAPTURE_BUTTONS = By.cssSelector("#conferences-grid vaadin-button[id^='conference-capture-']");

    ConferencesPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(GRID);
        waitForVaadin();
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return !arguments[0].loading;",
                d.findElement(GRID))));
    }

    static ConferencesPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/conferences");
        return new ConferencesPage(driver, baseUrl);
    }

    String total() {
        return driver.findElement(By.id("conferences-total")).getText();
    }

    /** Opens the new-conference form. */
    Form add() {
        driver.findElement(By.id("conference-add")).click();
        return new Form();
    }

    /** Opens the capture screen of the row whose title is given (the capture buttons' tooltips name it). */
    CapturePage capture(String title) {
        WebElement button = wait.until(d -> d.findElements(CAPTURE_BUTTONS).stream()
                .filter(WebElement::isDisplayed)
                .filter(b -> b.findElements(By.cssSelector("vaadin-tooltip")).stream()
                        .anyMatch(t -> String.valueOf(t.getDomProperty("text")).contains(title)))
                .findFirst().orElse(null));
        button.click();
        wait.until(ExpectedConditions.urlMatches("/conferences/\\d+/capture"));
        return new CapturePage(driver, baseUrl);
    }

    /** The new-conference dialog. */
    final class Form {

        private Form() {
            wait.until(d -> !d.findElements(DIALOG).isEmpty());
            waitVisible(By.id("conference-save"));
            waitForVaadin();
        }

        Form heldOn(LocalDate date) {
            typeDate("conference-heldOn", date);
            return this;
        }

        Form type(String fieldId, String text) {
            typeInto(fieldId, text);
            return this;
        }

        ConferencesPage save() {
            driver.findElement(By.id("conference-save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
            waitForVaadin();
            return new ConferencesPage(driver, baseUrl);
        }
    }
}
