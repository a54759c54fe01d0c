package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The header's notifications bell on any signed-in page, and the list it opens. */
final class NotificationBellPage extends AppPage {

    private static final By BELL = By.id("notification-bell");
    private static final By COUNT = By.id("notification-count");
    private static final By LIST = By.id("notification-list");
    private static final By ITEMS = By.cssSelector("#notification-list .notification-item");

    NotificationBellPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        waitVisible(BELL);
        waitForVaadin();
    }

    /** The badge's number as shown; 0 when there is no badge (Flow leaves a hidden one's content out). */
    int unreadShown() {
        return all(COUNT).stream().filter(WebElement::isDisplayed).findFirst()
                .map(count -> Integer.parseInt(count.getText().trim())).orElse(0);
    }

    /** What a screen reader announces for the bell. */
    String label() {
        return driver.findElement(BELL).getDomAttribute("aria-label");
    }

    NotificationBellPage open() {
        driver.findElement(BELL).click();
        waitVisible(LIST);
        waitForVaadin();
        return this;
    }

    /** Enter on the focused bell opens the list. */
    NotificationBellPage openByKeyboard() {
        driver.findElement(BELL).sendKeys(Keys.ENTER);
        waitVisible(LIST);
        waitForVaadin();
        return this;
    }

    /**
     * Whether the keyboard's focus is in the open list: on the popover holding the panel (its overlay, in the popover's
     * shadow root, takes the focus as it opens) or on something in the panel.
     */
    boolean focusInPanel() {
        return wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const active = document.activeElement;
                return !!active && (!!active.closest('.notification-panel')
                        || (active.localName === 'vaadin-popover' && !!active.querySelector('.notification-panel')));
                """)));
    }

    NotificationBellPage closeByEscape() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(LIST));
        waitForVaadin();
        return this;
    }

    /** The list's entries as shown, newest first; each its text and time. */
    List<String> entries() {
        return all(ITEMS).stream().map(item -> item.getText().replace('\n', ' ').trim()).toList();
    }

    /** How many of the entries are shown as unread (bold). */
    long unreadEntries() {
        return all(ITEMS).stream().filter(item -> item.getDomAttribute("class").contains("unread")).count();
    }

    String emptyText() {
        return waitVisible(By.id("notification-empty")).getText().trim();
    }

    /** Follows the newest entry to its petition. */
    PetitionPage followFirst() {
        all(ITEMS).getFirst().click();
        waitForVaadin();
        return new PetitionPage(driver, baseUrl);
    }

    /** Follows the newest entry, a deadline reminder, to the officer's own list. */
    MyWorkPage followFirstToMyWork() {
        all(ITEMS).getFirst().click();
        waitForVaadin();
        return new MyWorkPage(driver, baseUrl);
    }
}
