package vn.petitionboard.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The board by domain at /board/by-domain: a lane (vaadin-details.lane[data-domain=CODE]) per domain with unresolved
 * petitions, its header reading the domain, its totals and its count per column; an open lane holds the board's
 * columns (section.board-column[data-state=STATE]) for that domain. Domains with nothing open are one line (#lanes-quiet).
 */
final class LanesPage extends CardsPage {

    private static final By LANES = By.cssSelector("vaadin-details.lane");

    LanesPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        wait.until(d -> d.getCurrentUrl().contains("/board/by-domain"));
        wait.until(d -> !d.findElement(By.id("board-total")).getText().isBlank());
        waitForVaadin();
    }

    static LanesPage open(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/board/by-domain");
        return new LanesPage(driver, baseUrl);
    }

    /** The lanes' domains (their codes), top to bottom. */
    List<String> laneOrder() {
        return all(LANES).stream().filter(WebElement::isDisplayed).map(l -> l.getDomAttribute("data-domain")).toList();
    }

    boolean isOpen(String domain) {
        return lane(domain).getDomAttribute("opened") != null;
    }

    /** The lane header's count per column, as shown: state to number, in the board's column order. */
    Map<String, Integer> counts(String domain) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement count : lane(domain).findElements(By.cssSelector(".lane-summary .lane-count"))) {
            counts.put(count.getDomAttribute("data-state"),
                    Integer.parseInt(count.findElement(By.cssSelector(".lane-count-value")).getText().trim()));
        }
        return counts;
    }

    /** The header's "N quá hạn", 0 when the header shows none. */
    int overdue(String domain) {
        return lane(domain).findElements(By.cssSelector(".lane-summary .lane-overdue")).stream()
                .map(o -> leadingNumber(o.getText())).findFirst().orElse(0);
    }

    /** The header's whole text, as a screen reader hears the lane's toggle button. */
    String header(String domain) {
        return lane(domain).findElement(By.cssSelector("vaadin-details-summary")).getText().replace('\n', ' ');
    }

    /** The page's total line under the title. */
    String total() {
        return driver.findElement(By.id("board-total")).getText();
    }

    /** The line naming the domains with no unresolved petition, empty when not shown. */
    String quietDomains() {
        return all(By.id("lanes-quiet")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Opens or closes a lane with a click on its header. */
    LanesPage toggle(String domain) {
        boolean open = isOpen(domain);
        // The layout scrolls, not the window: the header is brought to the middle of the screen first.
        scrollAndClick(lane(domain).findElement(By.cssSelector("vaadin-details-summary")));
        wait.until(d -> isOpen(domain) != open);
        waitForVaadin();
        return this;
    }

    /** Opens a closed lane with the keyboard: its header takes the focus, Enter opens it; the columns load. */
    LanesPage openByKeyboard(String domain) {
        WebElement summary = lane(domain).findElement(By.cssSelector("vaadin-details-summary"));
        driver.executeScript("arguments[0].focus();", summary);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> isOpen(domain));
        waitForVaadin();
        wait.until(d -> !lane(domain).findElements(By.cssSelector("section.board-column")).isEmpty());
        return this;
    }

    /** The codes of the cards in a column of an open lane, top to bottom. */
    List<String> columnCodes(String domain, String state) {
        return codesIn(column(domain, state));
    }

    /** The number in the header of an open lane's column. */
    int columnCount(String domain, String state) {
        return Integer.parseInt(column(domain, state).findElement(By.cssSelector(".column-count")).getText().trim());
    }

    /** The columns an open lane shows now: all five at a desk, the chosen one on a phone. */
    List<String> shownColumns(String domain) {
        return lane(domain).findElements(By.cssSelector("section.board-column")).stream()
                .filter(WebElement::isDisplayed).map(c -> c.getDomAttribute("data-state")).toList();
    }

    /** Picks a column in an open lane's phone switcher by its option's label, e.g. "Đang xử lý (2)". */
    LanesPage chooseColumn(String domain, String label) {
        chooseInSelect(lane(domain).getDomAttribute("id") + "-column-select", label);
        return this;
    }

    /**
     * Moves a card with the keyboard alone: Tab from the lane's header to the card, Tab to its "Chuyển…", Enter, then
     * the column in the move chooser: the step's dialog opens.
     */
    TransitionDialog<LanesPage> moveByKeyboard(String domain, String code, String state, String transition) {
        driver.executeScript("arguments[0].focus();",
                lane(domain).findElement(By.cssSelector("vaadin-details-summary")));
        tabTo("a.petition-card[data-code='" + code + "']", 40);
        tabTo("button.card-move[data-code='" + code + "']", 2);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        return moveByKeyboardTo(state, transition, () -> new LanesPage(driver, baseUrl));
    }

    /** Back to the board's columns with the toolbar's "Theo cột". */
    BoardPage showByColumn() {
        scrollAndClick(driver.findElement(By.id("board-view-columns")));
        return new BoardPage(driver, baseUrl);
    }

    private WebElement lane(String domain) {
        return driver.findElement(By.cssSelector("vaadin-details.lane[data-domain='" + domain + "']"));
    }

    private WebElement column(String domain, String state) {
        return wait.until(d -> lane(domain).findElements(By.cssSelector("section.board-column[data-state='" + state
                + "']")).stream().findFirst().orElse(null));
    }

    private static int leadingNumber(String text) {
        return Integer.parseInt(text.trim().replaceAll("^(\\d+).*$", "$1"));
    }
}
