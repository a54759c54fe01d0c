package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The pages a chairman and the Front read on a phone, at 390 x 844 on the demo data (read-only here): one board
 * column at a time, lists as rows with their buttons on the screen, and nothing that scrolls sideways.
 */
@IntegrationTest
class PhoneIT extends BrowserTest {

    private static final String PASSWORD = "demo@2020";

    @BeforeEach
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void theBoardShowsOneColumnAtATimeChosenByNameAndCountAndACardOpens() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);

        assertThat(board.columnChooserShown()).isTrue();
        assertThat(board.shownColumns()).containsExactly("RECEIVED");
        assertThat(board.headerInView("RECEIVED")).isTrue();
        assertThat(board.scrollsSideways()).as("the page does not scroll sideways").isFalse();
        assertThat(board.columnChoices()).containsExactly("Mới tiếp nhận (2)", "Đã giao (2)", "Đang xử lý (3)",
                "Chuyển cấp trên (3)", "Đã trả lời (3)");
        board.screenshot("phone-board-received");

        board.chooseColumn("Đang xử lý (3)");
        assertThat(board.shownColumns()).containsExactly("IN_PROGRESS");
        assertThat(board.columnCodes("IN_PROGRESS")).containsExactlyInAnyOrder("KN-2019-005", "KN-2020-003",
                "KN-2020-004");
        assertThat(board.headerInView("IN_PROGRESS")).as("the column's header stays at the top").isTrue();
        assertThat(board.withinWindow(board.moveButton("KN-2020-004"), false)).as("a card's Chuyển… on screen")
                .isTrue();
        assertThat(board.scrollsSideways()).isFalse();
        board.screenshot("phone-board-in-progress");

        PetitionPage petition = board.openCard("KN-2020-004");
        List<WebElement> actions = driver.findElements(By.cssSelector("#petition-actions vaadin-button"));
        assertThat(actions).as("the chairman's steps").isNotEmpty();
        assertThat(actions).as("every step's button on the screen, none pushed off to the side")
                .allMatch(button -> petition.withinWindow(button, true));
        assertThat(petition.scrollsSideways()).isFalse();
        petition.screenshot("phone-petition");
    }

    @Test
    void theHeaderNamesTheUserOnAPhone() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);

        assertThat(board.phoneUserShown()).isTrue();
        assertThat(board.phoneUserName()).as("the given name").isEqualTo("Lực");
        assertThat(board.withinWindow(driver.findElement(By.id("user-phone")), true)).isTrue();
        assertThat(board.openUserCard()).as("the full name, a tap away").isEqualTo("Hoàng Văn Lực");
        board.screenshot("phone-user-card");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(board.scrollsSideways()).isFalse();
    }

    @Test
    void theReviewQueueIsAListOfRowsWithTheVerdictsOnTheScreen() {
        LoginPage.open(driver, baseUrl()).loginAs("mattran", PASSWORD);
        ReviewPage review = ReviewPage.open(driver, baseUrl());

        List<WebElement> rows = review.compactRows();
        assertThat(rows).hasSize(3);
        List<WebElement> firstButtons = rows.getFirst().findElements(By.cssSelector("vaadin-button"));
        assertThat(firstButtons).extracting(WebElement::getText)
                .containsExactly("Xác nhận đã giải quyết", "Trả lại kết quả");
        assertThat(firstButtons).as("the first row's verdicts on the screen")
                .allMatch(button -> review.withinWindow(button, true));
        assertThat(rows).as("every row as wide as the screen at most")
                .allMatch(row -> review.withinWindow(row, false));
        assertThat(review.scrollsSideways()).isFalse();
        review.screenshot("phone-review");

        firstButtons.getLast().click();
        TransitionDialog<ReviewPage> giveBack = new TransitionDialog<>(driver, baseUrl(), "RETURN",
                () -> new ReviewPage(driver, baseUrl()));
        assertThat(giveBack.headerTitle()).startsWith("Trả lại kết quả · KN-");
        giveBack.cancel();
    }

    @Test
    void thePetitionListIsAListOfRowsAndItsFiltersFitTheScreen() {
        LoginPage.open(driver, baseUrl()).loginAs("chutich", PASSWORD);
        PetitionListPage list = PetitionListPage.open(driver, baseUrl(), null);

        list.wait.until(d -> !list.codes().isEmpty());
        List<WebElement> codes = driver.findElements(By.cssSelector("#petition-grid .compact-row a.petition-code"))
                .stream().filter(WebElement::isDisplayed).toList();
        assertThat(codes).isNotEmpty();
        assertThat(codes).as("each row's link on the screen's width").allMatch(code -> list.withinWindow(code, false));
        assertThat(list.withinWindow(driver.findElement(By.id("petition-export")), false)).isTrue();
        assertThat(list.scrollsSideways()).isFalse();
        list.screenshot("phone-petition-list");
    }

    @Test
    void theConferencesAreAListOfRowsWithTheClerksButtonsOnTheScreen() {
        LoginPage.open(driver, baseUrl()).loginAs("vanthu", PASSWORD);
        ConferencesPage conferences = ConferencesPage.open(driver, baseUrl());

        List<WebElement> rows = conferences.wait.until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#conferences-grid .compact-row")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return shown.isEmpty() ? null : shown;
        });
        List<WebElement> buttons = rows.getFirst().findElements(By.cssSelector("vaadin-button"));
        assertThat(buttons).extracting(WebElement::getText).containsExactly("Ghi nhận kiến nghị", "Sửa");
        assertThat(buttons).allMatch(button -> conferences.withinWindow(button, true));
        assertThat(conferences.scrollsSideways()).isFalse();
        conferences.screenshot("phone-conferences");
    }
}
