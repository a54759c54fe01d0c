package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Gộp kiến nghị trùng" on a petition's page: the duplicate, the code kept, what will happen, confirm. */
final class MergeDialogPage extends AppPage {

    MergeDialogPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(By.id("merge-other"));
        waitForVaadin();
    }

    /**
     * Types into the duplicate's box (the focus is there when the dialog opens) and picks the first suggestion with
     * the keyboard, once the suggestions start with that code.
     */
    MergeDialogPage pick(String typed, String code) {
        WebElement combo = driver.findElement(By.id("merge-other"));
        WebElement input = combo.findElement(By.cssSelector("input"));
        wait.until(d -> input.equals(d.switchTo().activeElement()));
        input.sendKeys(typed);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .map(item -> item.getText().trim().startsWith(code)).orElse(false));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> combo.getDomAttribute("opened") == null);
        wait.until(d -> String.valueOf(input.getDomProperty("value")).startsWith(code));
        waitForVaadin();
        return this;
    }

    /** The choices of the code kept, as labelled ("KN-… (cũ hơn)"). */
    List<String> survivorChoices() {
        return all(By.cssSelector("#merge-survivor vaadin-radio-button")).stream()
                .map(b -> b.getText().trim()).toList();
    }

    /** The label of the code kept as chosen now. */
    String survivorChosen() {
        return all(By.cssSelector("#merge-survivor vaadin-radio-button[checked]")).stream()
                .map(b -> b.getText().trim()).findFirst().orElse("");
    }

    /** What the dialog says will happen. */
    String explanation() {
        return driver.findElement(By.id("merge-explain")).getText().trim();
    }

    String confirmLabel() {
        return driver.findElement(By.id("merge-confirm")).getText().trim();
    }

    /** Screenshots of the open dialog at 1440 and 390 px. */
    void screenshots(String name) {
        screenshotsAtBothWidths(name);
    }

    /** Confirms; the page of the petition that carries on opens (its address). */
    PetitionPage confirm(long survivorId) {
        driver.findElement(By.id("merge-confirm")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl + "/petitions/" + survivorId));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
        waitForVaadin();
        return new PetitionPage(driver, baseUrl);
    }
}
