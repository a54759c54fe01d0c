package vn.petitionboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.support.TestWards;
import vn.petitionboard.support.TestWards.Ward;
import vn.petitionboard.support.Today;

/**
 * A column longer than the screen, and what a card shows, on a ward of its own: 45 received petitions (the first page
 * is 30) and one overdue petition in progress whose title is HTML.
 */
class BoardColumnsIT extends BrowserTest {

    private static final int RECEIVED = 45;
    private static final String HTML_TITLE = "<img src=x onerror=\"window.__cardScript=1\"> Cống <b>tổ 3</b> & 'ngõ'";

    @Autowired
    TestWards wards;
    @Autowired
    DSLContext dsl;

    private Ward ward;

    @BeforeEach
    void seed() {
        ward = wards.create();
        LocalDateTime changed = Today.dateTime().minusDays(3);
        for (int seq = 1; seq <= RECEIVED; seq++) {
            insert(seq, "Đề nghị sửa đèn chiếu sáng ngõ " + seq, PetitionState.RECEIVED, changed.plusMinutes(seq), null);
        }
        insert(RECEIVED + 1, HTML_TITLE, PetitionState.IN_PROGRESS, changed, Today.date().minusDays(2));
    }

    private void insert(int seq, String title, PetitionState state, LocalDateTime changed, LocalDate deadline) {
        dsl.insertInto(PETITION)
                .set(PETITION.UNIT_ID, ward.unit()).set(PETITION.CONFERENCE_ID, ward.conference())
                .set(PETITION.CODE, code(seq)).set(PETITION.CODE_YEAR, 2026).set(PETITION.CODE_SEQ, seq)
                .set(PETITION.TITLE, title).set(PETITION.CONTENT, "Nội dung " + seq)
                .set(PETITION.DOMAIN_ID, new DomainId(1)).set(PETITION.STATE, state)
                .set(PETITION.STATE_CHANGED_AT, changed)
                .set(PETITION.DEPARTMENT_ID, state == PetitionState.RECEIVED ? null : ward.landDepartment())
                .set(PETITION.DEADLINE, deadline)
                .execute();
    }

    private static String code(int seq) {
        return "KN-2026-%03d".formatted(seq);
    }

    private static List<String> codes(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(BoardColumnsIT::code).toList();
    }

    @Test
    void aLongColumnScrollsInsideItselfUnderItsHeaderAndLoadsMoreOnDemand() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);

        assertThat(board.count("RECEIVED")).as("the header counts every received petition").isEqualTo(RECEIVED);
        assertThat(board.columnCodes("RECEIVED")).as("the first page, oldest first").isEqualTo(codes(1, 30));
        assertThat(board.offersMore("RECEIVED")).isTrue();

        List<String> atTheEnd = board.scrollToEnd("RECEIVED");
        assertThat(atTheEnd).as("the page's last card is rendered once scrolled to").contains(code(30))
                .doesNotContain(code(1));
        assertThat(board.headerInView("RECEIVED")).as("the column's header stays in view").isTrue();
        board.screenshot("board-long-column-scrolled");

        board.loadMore("RECEIVED");
        assertThat(board.columnCodes("RECEIVED")).isEqualTo(codes(1, RECEIVED));
        assertThat(board.offersMore("RECEIVED")).as("nothing more to load").isFalse();
    }

    @Test
    void aCardShowsHtmlAsTextAndSaysOverdueInWords() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        String code = code(RECEIVED + 1);

        assertThat(board.columnCodes("IN_PROGRESS")).containsExactly(code);
        WebElement card = board.card(code);
        assertThat(card.getText()).contains(HTML_TITLE, "Địa chính – Xây dựng", "Hạn: ");
        assertThat(card.findElements(By.cssSelector("img, b"))).as("no element from the title").isEmpty();
        assertThat(driver.executeScript("return window.__cardScript === undefined")).isEqualTo(true);
        assertThat(card.getDomAttribute("class")).contains("is-overdue");
        assertThat(card.findElement(By.cssSelector(".overdue-word")).getDomProperty("textContent"))
                .as("overdue said in words for screen readers, not by colour alone").isEqualTo("Quá hạn");
        assertThat(card.getAccessibleName()).as("a screen reader hears the whole card, nothing replaces it")
                .contains(code, card.findElement(By.cssSelector(".card-domain")).getText(), "Địa chính – Xây dựng",
                        "Hạn: ", "Quá hạn");
        assertThat(card.getDomAttribute("aria-label")).isNull();
        assertThat(driver.executeScript("return arguments[0].parentElement.getAttribute('aria-label');", card))
                .as("nor its list item's").isNull();
        assertThat(card.getDomAttribute("href")).endsWith("petitions/" + dsl.select(PETITION.ID).from(PETITION)
                .where(PETITION.CODE.eq(code), PETITION.UNIT_ID.eq(ward.unit())).fetchOne(PETITION.ID).value());
    }

    @Test
    void aCardTakesTheFocusAsALinkAndOpensWithEnter() {
        BoardPage board = LoginPage.open(driver, baseUrl()).loginAs(ward.chair(), TestWards.PASSWORD);
        String code = code(1);
        board.columnCodes("RECEIVED");

        WebElement card = board.card(code);
        driver.executeScript("arguments[0].focus();", card);
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-code")).isEqualTo(code);
        card.sendKeys(Keys.ENTER);
        PetitionPage page = new PetitionPage(driver, baseUrl());
        assertThat(page.code()).isEqualTo(code);
    }
}
