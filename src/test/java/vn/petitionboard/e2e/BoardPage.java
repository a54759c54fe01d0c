package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The kanban board at /board: a domain selector and one column (section#column-STATE) per unresolved state. */
final class BoardPage extends ShellPage {

    /** The board's columns, left to right. */
    static final List<String> STATES = List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ESCALATED", "ANSWERED");

    private static final By DOMAIN_SELECT = By.id("domain-select");
    private static final By DOMAIN_VALUE = By.cssSelector("#domain-select vaadin-select-value-button");
    private static final By DOMAIN_ITEMS = By.cssSelector("#domain-select vaadin-select-list-box vaadin-select-item");

    BoardPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        for (String state : STATES) {
            waitVisible(By.cssSelector("#column-" + state + " .column-count"));
        }
        waitVisible(DOMAIN_SELECT);
    }

    /** Opens the board directly, with ?domain=CODE when a code is given. */
    static BoardPage open(ChromeDriver driver, String baseUrl, String domainCode) {
        driver.get(baseUrl + "/board" + (domainCode == null ? "" : "?domain=" + domainCode));
        return new BoardPage(driver, baseUrl);
    }

    /** The codes of the cards in a column, top to bottom. */
    List<String> columnCodes(String state) {
        return column(state).findElements(By.cssSelector("a.petition-card")).stream()
                .map(card -> card.getDomAttribute("data-code"))
                .toList();
    }

    /** The number in the column's header: the column's true total, not the cards loaded so far. */
    int count(String state) {
        return Integer.parseInt(column(state).findElement(By.cssSelector(".column-count")).getText().trim());
    }

    /** Whether the column shows its "Không có kiến nghị nào" empty state. */
    boolean emptyShown(String state) {
        return column(state).findElements(By.cssSelector(".column-empty")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    String emptyText(String state) {
        return column(state).findElement(By.cssSelector(".column-empty")).getText();
    }

    String total() {
        return driver.findElement(By.id("board-total")).getText();
    }

    /** The officer's "only your department" notice, empty when the board is not limited to a department. */
    String scopeNotice() {
        return all(By.id("board-scope")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The label the domain selector shows now. */
    String selectedDomain() {
        return driver.findElement(DOMAIN_VALUE).getText().trim();
    }

    /**
     * Picks a domain the way a person does: opens the selector, clicks the item in its overlay, and waits for the
     * server to redraw the board.
     */
    BoardPage selectDomain(String visibleName) {
        WebElement select = driver.findElement(DOMAIN_SELECT);
        driver.findElement(DOMAIN_VALUE).click();
        wait.until(d -> select.getDomAttribute("opened") != null);
        WebElement item = wait.until(d -> d.findElements(DOMAIN_ITEMS).stream()
                .filter(WebElement::isDisplayed)
                .filter(i -> i.getText().trim().equals(visibleName))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> select.getDomAttribute("opened") == null);
        wait.until(d -> selectedDomain().equals(visibleName));
        waitForVaadin();
        return new BoardPage(driver, baseUrl);
    }

    /** Clicks a card and lands on its details view. */
    PetitionPage openCard(String code) {
        driver.findElement(By.id("card-" + code)).click();
        wait.until(ExpectedConditions.textToBe(By.id("petition-code"), code));
        return new PetitionPage(driver, baseUrl);
    }

    private WebElement column(String state) {
        return driver.findElement(By.id("column-" + state));
    }
}
