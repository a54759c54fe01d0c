package vn.petitionboard.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A history text's arguments as written and as stored: dates ISO, counts digits, typed text exactly as typed. */
class HistoryTextTest {

    @Test
    void dates_become_iso_text_numbers_digits_and_nothing_empty() {
        assertThat(HistoryText.of("history.assigned", "Văn phòng", LocalDate.of(2027, 1, 12), 3, null).args())
                .containsExactly("Văn phòng", "2027-01-12", "3", "");
    }

    @Test
    void whatever_a_user_typed_comes_back_from_the_database_column_as_it_was() {
        List<String> typed = List.of("Ý kiến \"chỉ đạo\" {0} 'ngay'", "dòng 1\ndòng 2\t\\ /", "", "😀 ​ giữa");
        String stored = HistoryArgs.encode(typed);
        assertThat(stored).startsWith("[").endsWith("]");
        assertThat(HistoryArgs.decode("history.edited", stored)).contains(new HistoryText("history.edited", typed));
    }

    @Test
    void a_row_without_a_key_or_with_unreadable_arguments_has_no_text() {
        assertThat(HistoryArgs.decode(null, null)).isEmpty();
        assertThat(HistoryArgs.decode("history.edited", "not json")).isEmpty();
        assertThat(HistoryArgs.decode("history.received", null)).contains(new HistoryText("history.received",
                List.of()));
    }
}
