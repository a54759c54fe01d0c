package vn.petitionboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.petitionboard.base.i18n.MessageBundleI18NProvider;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** What a card shows, worked out on the server; the browser's template only binds these values as text. */
class CardFaceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final CardFace.Texts VIETNAMESE = (key, params) -> new MessageBundleI18NProvider()
            .getTranslation(key, MessageBundleI18NProvider.VIETNAMESE, params);

    @Test
    void an_unassigned_card_says_so_and_has_no_deadline() {
        PetitionCard card = new PetitionCard(new PetitionId(42), "KN-2026-042", "Đèn ngõ 12", PetitionState.RECEIVED,
                "Đô thị", null, null, null, LocalDateTime.of(2026, 11, 30, 8, 0), 0);

        CardFace face = CardFace.of(card, TODAY, true, VIETNAMESE);

        assertThat(face.href()).isEqualTo("petitions/42");
        assertThat(face.department()).isEqualTo("Chưa giao bộ phận");
        assertThat(face.assigned()).isFalse();
        assertThat(face.deadline()).isEqualTo("Chưa có hạn");
        assertThat(face.days()).isEqualTo("2 ngày");
        assertThat(face.overdue()).isFalse();
        assertThat(face.overdueWord()).isEmpty();
        assertThat(face.movable()).isTrue();
    }

    @Test
    void an_overdue_card_says_so_in_words_and_keeps_html_as_typed() {
        PetitionCard card = new PetitionCard(new PetitionId(9), "KN-2026-009", "<b>Mương</b> tổ 3",
                PetitionState.IN_PROGRESS, "Đô thị", new DepartmentId(2), "Địa chính", TODAY.minusDays(2),
                LocalDateTime.of(2026, 11, 1, 8, 0), 1);

        CardFace face = CardFace.of(card, TODAY, false, VIETNAMESE);

        assertThat(face.overdue()).isTrue();
        assertThat(face.overdueWord()).isEqualTo("Quá hạn");
        assertThat(face.deadline()).isEqualTo("Hạn: 30/11/2026");
        assertThat(face.title()).as("Lit binds it as text").isEqualTo("<b>Mương</b> tổ 3");
        assertThat(face.movable()).isFalse();
    }
}
