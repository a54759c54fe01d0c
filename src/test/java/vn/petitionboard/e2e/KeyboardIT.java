package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.petitionboard.IntegrationTest;

/**
 * The board with the keyboard alone, on the demo data (read-only here: every dialog is cancelled): the skip link
 * first, the menu before the cards, and a card moved to another column without dragging.
 */
@IntegrationTest
class KeyboardIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";
    /** A received petition: the chairman may assign it, escalate it or answer it on the spot. */
    private static final String RECEIVED_CARD = "KN-2020-007";

    @BeforeEach
    void desk() {
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    /** The board loaded afresh, so that the first Tab starts at the top of the document. */
    private BoardPage freshBoard() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        return BoardPage.open(driver, baseUrl(), null);
    }

    private WebElement tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return driver.switchTo().activeElement();
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTakesTheFocusPastTheMenuToThePage() {
        BoardPage board = freshBoard();

        WebElement first = tab();
        assertThat(first.getDomAttribute("id")).isEqualTo("skip-link");
        assertThat(first.getText()).isEqualTo("Bỏ qua đến nội dung chính");
        assertThat(board.withinWindow(first, true)).as("shown while it has the focus").isTrue();
        board.screenshot("keyboard-skip-link");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        board.wait.until(d -> d.switchTo().activeElement().getDomAttribute("data-main-content") != null);
        assertThat(board.currentUrl()).as("the page stays").isEqualTo(baseUrl() + "/board");
        WebElement next = tab();
        assertThat(driver.executeScript("return !!arguments[0].closest('[data-main-content]');", next))
                .as("the next Tab stop is in the page, past the header and the menu").isEqualTo(true);
        tab();
        assertThat(board.withinWindow(first, true)).as("out of sight again once it has lost the focus").isFalse();
    }

    @Test
    void theMenuComesBeforeTheCardsInTheTabOrder() {
        freshBoard();

        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            WebElement focused = tab();
            String stop = focused.getTagName() + (focused.getDomAttribute("data-code") != null
                    ? "[" + focused.getDomAttribute("data-code") + "]" : "");
            stops.add(stop);
            if (stop.startsWith("a[")) {
                break;
            }
        }
        assertThat(stops.getLast()).as("a card is reached: %s", stops).startsWith("a[");
        assertThat(stops.indexOf("vaadin-side-nav-item")).as("the menu is reached before the first card: %s", stops)
                .isBetween(0, stops.size() - 2);
    }

    @Test
    void aCardMovesToAnotherColumnWithTheKeyboardAlone() {
        BoardPage board = freshBoard();

        board.tabTo("a.petition-card[data-code='" + RECEIVED_CARD + "']", 80);
        WebElement move = tab();
        assertThat(move.getDomAttribute("class")).isEqualTo("card-move");
        assertThat(move.getDomAttribute("data-code")).isEqualTo(RECEIVED_CARD);
        assertThat(move.getText()).isEqualTo("Chuyển…");
        assertThat(move.getAccessibleName()).isEqualTo("Chuyển " + RECEIVED_CARD + " sang cột khác");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(board.moveTargets()).as("the columns a drop would accept, by the same rule")
                .containsExactly("ASSIGNED", "ESCALATED", "ANSWERED");
        board.screenshot("keyboard-move-chooser");

        TransitionDialog<BoardPage> assign = board.moveByKeyboardTo("ASSIGNED", "ASSIGN");
        assertThat(assign.headerTitle()).isEqualTo("Giao xử lý · " + RECEIVED_CARD);
        BoardPage after = assign.cancel();
        assertThat(after.columnCodes("RECEIVED")).as("cancelled: nothing moved").contains(RECEIVED_CARD);
    }

    @Test
    void aCardTheUserMayNotMoveHasNoMoveButton() {
        // The Front reviewer moves only answered petitions (accept, return).
        LoginPage.open(driver, baseUrl()).loginAs("mattran", PASSWORD);
        BoardPage board = BoardPage.open(driver, baseUrl(), null);

        assertThat(board.hasMoveButton(RECEIVED_CARD)).isFalse();
        assertThat(board.hasMoveButton("KN-2020-001")).isTrue();
        List<String> answered = board.columnCodes("ANSWERED");
        assertThat(driver.findElements(By.cssSelector("button.card-move")).stream()
                .filter(WebElement::isDisplayed).map(b -> b.getDomAttribute("data-code")).toList())
                .as("only the answered column's cards").isNotEmpty().allMatch(answered::contains);
    }
}
