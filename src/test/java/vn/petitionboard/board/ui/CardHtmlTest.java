package vn.petitionboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** A card's markup is built as a string: everything typed by people must arrive as text, never as markup. */
class CardHtmlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void html_and_quotes_in_a_title_domain_or_department_are_text() {
        PetitionCard card = new PetitionCard(new PetitionId(7), "KN-2026-007",
                "<img src=x onerror=alert(1)> \"lối đi\" & 'cống'", PetitionState.ASSIGNED, "<b>Môi trường</b>",
                new DepartmentId(2), "Địa chính\"><script>x()</script>", TODAY.minusDays(1),
                LocalDateTime.of(2026, 11, 30, 8, 0), 3);

        String html = CardHtml.inner(card, TODAY, new Div());

        assertThat(html).doesNotContain("<img", "<b>", "<script", "\"lối đi\"")
                .contains("&lt;img src=x onerror=alert(1)&gt; &quot;lối đi&quot; &amp; &#39;cống&#39;")
                .contains("&lt;b&gt;Môi trường&lt;/b&gt;")
                .contains("Địa chính&quot;&gt;&lt;script&gt;x()&lt;/script&gt;");
    }

    @Test
    void the_element_links_to_the_petition_and_is_draggable_only_when_asked() {
        PetitionCard card = new PetitionCard(new PetitionId(42), "KN-2026-042", "Đèn ngõ 12", PetitionState.RECEIVED,
                "Đô thị", null, null, null, LocalDateTime.of(2026, 11, 30, 8, 0), 0);

        var movable = CardHtml.create(card, TODAY, true, new Div());
        var fixed = CardHtml.create(card, TODAY, false, new Div());

        assertThat(movable.getAttribute("href")).isEqualTo("petitions/42");
        assertThat(movable.getAttribute("id")).isEqualTo("card-KN-2026-042");
        assertThat(movable.getAttribute("draggable")).isEqualTo("true");
        assertThat(movable.getAttribute("class")).contains("petition-card", "draggable");
        assertThat(fixed.hasAttribute("draggable")).isFalse();
        assertThat(fixed.getAttribute("class")).doesNotContain("draggable");
    }

    @Test
    void an_overdue_card_says_so_in_words_not_only_in_colour() {
        PetitionCard card = new PetitionCard(new PetitionId(9), "KN-2026-009", "Mương tổ 3", PetitionState.IN_PROGRESS,
                "Đô thị", new DepartmentId(2), "Địa chính", TODAY.minusDays(2), LocalDateTime.of(2026, 11, 1, 8, 0), 1);

        var element = CardHtml.create(card, TODAY, false, new Div());

        assertThat(element.getAttribute("class")).contains("is-overdue");
        assertThat(element.getProperty("innerHTML")).contains("card-deadline overdue", "vaadin:warning");
    }
}
