package vn.petitionboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.petitionboard.base.ui.LitText;

/** The card template's fixed words: written in once, escaped, the move button labelled with the card's code. */
class CardRendererTest {

    @Test
    void the_move_button_is_beside_the_link_and_named_by_the_cards_code() {
        String template = CardRenderer.template(CardFaceTest.VIETNAMESE);

        assertThat(template).contains("</a><button type=\"button\" class=\"card-move\"")
                .contains("aria-label=\"Chuyển ${item.code} sang cột khác\"")
                .contains(">Chuyển…</button>")
                .doesNotContain("%MOVE");
        assertThat(template.indexOf("<button")).as("not inside the link").isGreaterThan(template.indexOf("</a>"));
    }

    @Test
    void words_written_into_a_template_are_never_markup_nor_expressions() {
        assertThat(LitText.literal("<b>${x}</b> & `y`")).isEqualTo(
                "&#60;b&#62;&#36;&#123;x&#125;&#60;/b&#62; &#38; &#96;y&#96;");
        assertThat(LitText.literal("Chuyển…")).isEqualTo("Chuyển…");
    }
}
