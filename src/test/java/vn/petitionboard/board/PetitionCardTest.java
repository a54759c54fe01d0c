package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

class PetitionCardTest {

    private static PetitionCard changedAt(LocalDateTime at) {
        return new PetitionCard(new PetitionId(5), "KN-2026-005", "Đèn ngõ 5", PetitionState.RECEIVED, "Đô thị", null,
                null, null, at, 0);
    }

    @Test
    void the_time_the_state_changed_is_kept_to_the_millisecond_the_column_stores_for_the_next_page() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 8, 0, 5, 123_000_000);

        PetitionCard card = changedAt(at);

        assertThat(card.stateChangedAt()).isEqualTo(at);
        assertThat(card.cursor()).isEqualTo(new BoardCursor(at, null, new PetitionId(5)));
        assertThat(changedAt(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000)).stateChangedAt())
                .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000));
    }

    @Test
    void days_in_state_count_calendar_days_from_the_change() {
        PetitionCard card = changedAt(LocalDateTime.of(2026, 11, 30, 23, 59));

        assertThat(card.daysInState(LocalDate.of(2026, 12, 2))).isEqualTo(2);
        assertThat(card.daysInState(LocalDate.of(2026, 11, 29))).isZero();
    }
}
