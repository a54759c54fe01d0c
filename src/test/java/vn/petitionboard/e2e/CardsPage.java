package vn.petitionboard.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A page of petition cards in columns: the board and the board by domain. Each column's cards are a virtual list
 * (rendered by the browser, only those in view), and each card the user may move has its "Chuyển…" button, which
 * opens the move chooser.
 */
abstract class CardsPage extends ShellPage {

    /** The column's cards: a vaadin-virtual-list that renders the cards in view. */
    private static final By CARD_LIST = By.cssSelector("vaadin-virtual-list.column-cards");

    /** The cards rendered in view with their offset in the list, or null while any still waits for its data. */
    private static final String RENDERED_CARDS = """
            const list = arguments[0];
            const cards = [...list.querySelectorAll('a.petition-card')].filter(card => card.offsetParent !== null);
            if (cards.some(card => !card.dataset.code)) return null;
            const top = list.getBoundingClientRect().top - list.scrollTop;
            return cards.map(card => [card.dataset.code, Math.round(card.getBoundingClientRect().top - top)]);
            """;

    /** Scrolls the list on by half its height; true when it was at its end already. */
    private static final String SCROLL_ON = """
            const list = arguments[0];
            if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) return true;
            list.scrollTop += Math.max(1, Math.floor(list.clientHeight / 2));
            return false;
            """;

    CardsPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /**
     * The codes of the cards loaded in a column, top to bottom. The cards are a virtual list that renders only the
     * cards in view, so the list is scrolled from top to bottom, as a person would, and every card rendered on the way
     * is read with its offset in the list; then it is scrolled back to the top.
     */
    List<String> codesIn(WebElement column) {
        List<WebElement> lists = column.findElements(CARD_LIST);
        if (lists.isEmpty() || !lists.getFirst().isDisplayed()) {
            return List.of();
        }
        WebElement list = lists.getFirst();
        Map<String, Long> offsets = new HashMap<>();
        driver.executeScript("arguments[0].scrollTop = 0;", list);
        boolean end = false;
        while (!end) {
            renderedCards(list).forEach(card -> offsets.put((String) card.get(0), (Long) card.get(1)));
            end = Boolean.TRUE.equals(driver.executeScript(SCROLL_ON, list));
        }
        driver.executeScript("arguments[0].scrollTop = 0;", list);
        renderedCards(list);
        return offsets.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Scrolls the column's list to its end, and answers the codes of the cards then in view. */
    List<String> scrollToEndIn(WebElement column) {
        WebElement list = column.findElement(CARD_LIST);
        driver.executeScript("arguments[0].scrollTop = arguments[0].scrollHeight;", list);
        return renderedCards(list).stream().map(card -> (String) card.get(0)).toList();
    }

    /**
     * The cards the list has rendered once it has settled after a scroll (two animation frames, the server's answer
     * to any data the list asked for, and no card still waiting for its data): [code, offset from the list's top].
     */
    @SuppressWarnings("unchecked")
    private List<List<Object>> renderedCards(WebElement list) {
        driver.executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        waitForVaadin();
        return wait.until(d -> (List<List<Object>>) driver.executeScript(RENDERED_CARDS, list));
    }

    /** The toolbar's view link marked as the current one (aria-current): its words, "Theo cột" or "Theo lĩnh vực". */
    String currentView() {
        return driver.findElement(By.cssSelector("#board-view-toggle a[aria-current='page']")).getText().trim();
    }

    /** The officer's "only your department" notice, empty when the board is not limited to a department. */
    String scopeNotice() {
        return all(By.id("board-scope")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The card's "Chuyển…" button, as shown. */
    WebElement moveButton(String code) {
        return wait.until(d -> d.findElements(By.cssSelector("button.card-move[data-code='" + code + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Whether the card shows a "Chuyển…" button at all. */
    boolean hasMoveButton(String code) {
        card(code);
        return all(By.cssSelector("button.card-move[data-code='" + code + "']")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    /** Presses Tab until the focus is on an element that matches the CSS selector; fails after {@code most} presses. */
    WebElement tabTo(String cssSelector, int most) {
        for (int i = 0; i < most; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (Boolean.TRUE.equals(driver.executeScript("return arguments[0].matches(arguments[1]);", focused,
                    cssSelector))) {
                return focused;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("no Tab stop matching " + cssSelector + " within " + most + " presses");
    }

    /** The move chooser a card's "Chuyển…" opened: the columns offered, as their buttons' ids say (move-to-STATE). */
    List<String> moveTargets() {
        waitVisible(By.id("move-chooser"));
        return wait.until(d -> {
            List<String> ids = all(By.cssSelector(".move-target")).stream().filter(WebElement::isDisplayed)
                    .map(b -> b.getDomAttribute("id").substring("move-to-".length())).toList();
            return ids.isEmpty() ? null : ids;
        });
    }

    /**
     * With the move chooser open and the focus on its first column, presses Tab until the column's button has the
     * focus and Enter: the step's dialog opens, as after a drop; confirming or cancelling it returns to {@code back}.
     */
    <P extends AppPage> TransitionDialog<P> moveByKeyboardTo(String state, String transition, Supplier<P> back) {
        moveTargets();
        wait.until(d -> d.switchTo().activeElement().getDomAttribute("id") != null
                && d.switchTo().activeElement().getDomAttribute("id").startsWith("move-to-"));
        WebElement target = null;
        for (int i = 0; i < 10 && target == null; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (("move-to-" + state).equals(focused.getDomAttribute("id"))) {
                target = focused;
            } else {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
        }
        if (target == null) {
            throw new AssertionError("the move chooser offers no " + state + " by keyboard");
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        return new TransitionDialog<>(driver, baseUrl, transition, back);
    }

    /** Whether a dialog of any step is open. */
    boolean dialogOpen() {
        return !all(By.cssSelector("vaadin-dialog[opened]")).isEmpty();
    }

    /** The texts of the open error notifications (.error-notification), oldest first. */
    List<String> errorNotifications() {
        return all(By.cssSelector(".error-notification")).stream()
                .filter(n -> Boolean.parseBoolean(n.getDomProperty("opened")))
                .map(n -> n.getDomProperty("text")).toList();
    }

    /**
     * The card as shown. The virtual list recycles its item elements, and a list emptied or hidden may keep one with
     * old content, so the card is the displayed one with this code.
     */
    WebElement card(String code) {
        return wait.until(d -> d.findElements(By.cssSelector("a.petition-card[data-code='" + code + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
