package vn.petitionboard.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The kanban board at /board: a domain selector and one column (section#column-STATE) per unresolved state. */
final class BoardPage extends CardsPage {

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

    /**
     * The codes of the cards loaded in a column, top to bottom (see {@link CardsPage#codesIn}); none when the column
     * shows no list (empty, or not the phone's chosen column).
     */
    List<String> columnCodes(String state) {
        return codesIn(column(state));
    }

    /** Scrolls the column's list to its end, and answers the codes of the cards then in view. */
    List<String> scrollToEnd(String state) {
        return scrollToEndIn(column(state));
    }

    /**
     * With the move chooser open and the focus on its first column, presses Tab until the column's button has the
     * focus and Enter: the step's dialog opens, as after a drop.
     */
    TransitionDialog<BoardPage> moveByKeyboardTo(String state, String transition) {
        return moveByKeyboardTo(state, transition, () -> new BoardPage(driver, baseUrl));
    }

    /** Switches to the board by domain with the toolbar's "Theo lĩnh vực". */
    LanesPage showByDomain() {
        scrollAndClick(driver.findElement(By.id("board-view-domains")));
        return new LanesPage(driver, baseUrl);
    }

    /** Opens the board directly, with ?domain=CODE when a code is given. */
    static BoardPage open(ChromeDriver driver, String baseUrl, String domainCode) {
        driver.get(baseUrl + "/board" + (domainCode == null ? "" : "?domain=" + domainCode));
        return new BoardPage(driver, baseUrl);
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

    private boolean hasClass(String state, String className) {
        return Boolean.TRUE.equals(driver.executeScript("return arguments[0].classList.contains(arguments[1]);",
                column(state), className));
    }

    private WebElement column(String state) {
        return driver.findElement(By.id("column-" + state));
    }
}
