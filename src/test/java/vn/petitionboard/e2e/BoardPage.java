package vn.petitionboard.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The kanban board at /board: a domain selector and one column (section#column-STATE) per unresolved state. */
final class BoardPage extends ShellPage {

    /** The board's columns, left to right. */
    static final List<String> STATES = List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ESCALATED", "ANSWERED");

    private static final String DRAG_START = """
            const card = arguments[0];
            const dataTransfer = new DataTransfer();
            window.__boardDrag = { card, dataTransfer };
            card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
            """;
    private static final String DROP_AND_END = """
            const column = arguments[0];
            const { card, dataTransfer } = window.__boardDrag;
            for (const type of ['dragenter', 'dragover', 'drop']) {
                column.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer }));
            }
            card.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
            delete window.__boardDrag;
            """;

    private static final String DRAG_OVER_PROBE = """
            const column = arguments[0];
            const { dataTransfer } = window.__boardDrag;
            const init = { bubbles: true, cancelable: true, composed: true, dataTransfer };
            column.dispatchEvent(new DragEvent('dragenter', init));
            const over = new DragEvent('dragover', init);
            column.dispatchEvent(over);
            column.dispatchEvent(new DragEvent('dragleave', init));
            return over.defaultPrevented;
            """;

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

    private static final By DOMAIN_SELECT = By.id("domain-select");
    private static final By COLUMN_SELECT = By.id("column-select");
    private static final By DOMAIN_VALUE = By.cssSelector("#domain-select vaadin-select-value-button");
    private static final By DOMAIN_ITEMS = By.cssSelector("#domain-select vaadin-select-list-box vaadin-select-item");

    BoardPage(ChromeDriver driver, String baseUrl) {
        super(driver, baseUrl);
        // Every column has its count, shown or not: a phone shows one column at a time.
        for (String state : STATES) {
            By count = By.cssSelector("#column-" + state + " .column-count");
            wait.until(d -> d.findElements(count).stream()
                    .anyMatch(c -> !c.getDomProperty("textContent").isBlank()));
        }
        wait.until(d -> STATES.stream().anyMatch(state -> column(state).isDisplayed()));
        waitVisible(DOMAIN_SELECT);
    }

    /** Opens the board directly, with ?domain=CODE when a code is given. */
    static BoardPage open(ChromeDriver driver, String baseUrl, String domainCode) {
        driver.get(baseUrl + "/board" + (domainCode == null ? "" : "?domain=" + domainCode));
        return new BoardPage(driver, baseUrl);
    }

    /**
     * The codes of the cards loaded in a column, top to bottom. The cards are a virtual list that renders only the
     * cards in view, so the list is scrolled from top to bottom, as a person would, and every card rendered on the way
     * is read with its offset in the list; then it is scrolled back to the top.
     */
    List<String> columnCodes(String state) {
        List<WebElement> lists = column(state).findElements(CARD_LIST);
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
    List<String> scrollToEnd(String state) {
        WebElement list = column(state).findElement(CARD_LIST);
        driver.executeScript("arguments[0].scrollTop = arguments[0].scrollHeight;", list);
        return renderedCards(list).stream().map(card -> (String) card.get(0)).toList();
    }

    /** Whether the column's header (title and count) is within the browser's window. */
    boolean headerInView(String state) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;""",
                column(state).findElement(By.cssSelector(".column-header"))));
    }

    /** Presses the column's "Tải thêm" and waits for the cards it loads. */
    BoardPage loadMore(String state) {
        column(state).findElement(By.cssSelector(".column-load-more")).click();
        waitForVaadin();
        return this;
    }

    /** Whether the column offers to load more cards. */
    boolean offersMore(String state) {
        return column(state).findElements(By.cssSelector(".column-load-more")).stream()
                .anyMatch(WebElement::isDisplayed);
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
        card(code).click();
        wait.until(ExpectedConditions.textToBe(By.id("petition-code"), code));
        return new PetitionPage(driver, baseUrl);
    }

    /** What a card shows: code, age, domain, title, department, deadline. */
    String cardText(String code) {
        return card(code).getText();
    }

    /** The column a card is in now, or null when it is on no column (resolved, or not visible to this user). */
    String columnOf(String code) {
        return STATES.stream().filter(state -> columnCodes(state).contains(code)).findFirst().orElse(null);
    }

    /** Whether the card can be picked up at all: Flow's DragSource makes it draggable only for a user with a move. */
    boolean isDraggable(String code) {
        return "true".equals(card(code).getDomAttribute("draggable"));
    }

    /**
     * Starts dragging a card. WebDriver cannot drive HTML5 drag and drop, so the drag events are dispatched from
     * JavaScript with one DataTransfer shared by the whole gesture. The server answers dragstart by activating the
     * columns the card may go to (class drop-allowed) and marking the others (drop-forbidden).
     */
    Drag pickUp(String code) {
        driver.executeScript(DRAG_START, card(code));
        waitForVaadin();
        return new Drag(code);
    }

    /** One card being dragged. */
    final class Drag {

        private final String code;

        private Drag(String code) {
            this.code = code;
        }

        /** Waits until the server has marked the column as a place the card may go. */
        Drag waitUntilAllowed(String state) {
            waitForColumnClass(state, "drop-allowed");
            return this;
        }

        /** Waits until the server has marked the column as a place the card may not go. */
        Drag waitUntilForbidden(String state) {
            waitForColumnClass(state, "drop-forbidden");
            return this;
        }

        private void waitForColumnClass(String state, String className) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Browser.WAIT, Browser.POLL)
                    .withMessage(() -> "column " + state + " to get class " + className + " while " + code
                            + " is dragged; it has '" + column(state).getDomAttribute("class") + "'")
                    .until(d -> hasClass(state, className));
        }

        boolean allowed(String state) {
            return hasClass(state, "drop-allowed");
        }

        /**
         * Whether the column accepts the card being held over it, the way the browser decides: a drop happens only
         * where dragover is cancelled. Moves the card over the column and away again, without dropping.
         */
        boolean acceptsDragOver(String state) {
            return Boolean.TRUE.equals(driver.executeScript(DRAG_OVER_PROBE, column(state)));
        }

        /** Drops on a column the server allowed: that step's dialog opens. */
        TransitionDialog<BoardPage> dropOn(String state, String transition) {
            waitUntilAllowed(state);
            driver.executeScript(DROP_AND_END, column(state));
            return new TransitionDialog<>(driver, baseUrl, transition, () -> new BoardPage(driver, baseUrl));
        }

        /**
         * Drops anyway, as a user could try on a column that refuses, then ends the drag; waits until the server has
         * seen the end of the drag (it clears the columns' marks).
         */
        BoardPage dropAnywayOn(String state) {
            driver.executeScript(DROP_AND_END, column(state));
            waitForVaadin();
            wait.until(d -> STATES.stream().noneMatch(s -> hasClass(s, "drop-allowed") || hasClass(s, "drop-forbidden")));
            waitForVaadin();
            return new BoardPage(driver, baseUrl);
        }

        String code() {
            return code;
        }
    }

    /** The columns shown now, left to right: all five at a desk, the chosen one on a phone. */
    List<String> shownColumns() {
        return STATES.stream().filter(state -> column(state).isDisplayed()).toList();
    }

    /** Whether the phone's column chooser ("Cột") shows. */
    boolean columnChooserShown() {
        return driver.findElement(COLUMN_SELECT).isDisplayed();
    }

    /** The chooser's options as they read, e.g. "Đang xử lý (3)", in order. */
    List<String> columnChoices() {
        WebElement select = driver.findElement(COLUMN_SELECT);
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        wait.until(d -> select.getDomAttribute("opened") != null);
        List<String> labels = wait.until(d -> {
            // The list's items, not the copy of the chosen one that the select shows in its value button.
            List<String> shown = select.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item"))
                    .stream()
                    .filter(WebElement::isDisplayed).map(i -> i.getText().trim()).toList();
            return shown.size() == STATES.size() ? shown : null;
        });
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> select.getDomAttribute("opened") == null);
        return labels;
    }

    /** Picks a column in the phone's chooser by its option's label, e.g. "Đang xử lý (3)". */
    BoardPage chooseColumn(String label) {
        chooseInSelect("column-select", label);
        return this;
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
     * focus and Enter: the step's dialog opens, as after a drop.
     */
    TransitionDialog<BoardPage> moveByKeyboardTo(String state, String transition) {
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
        return new TransitionDialog<>(driver, baseUrl, transition, () -> new BoardPage(driver, baseUrl));
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

    private boolean hasClass(String state, String className) {
        return Boolean.TRUE.equals(driver.executeScript("return arguments[0].classList.contains(arguments[1]);",
                column(state), className));
    }

    /**
     * The card as shown. The virtual list recycles its item elements, and a list emptied or hidden may keep one with
     * old content, so the card is the displayed one with this code.
     */
    WebElement card(String code) {
        return wait.until(d -> d.findElements(By.cssSelector("a.petition-card[data-code='" + code + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private WebElement column(String state) {
        return driver.findElement(By.id("column-" + state));
    }
}
