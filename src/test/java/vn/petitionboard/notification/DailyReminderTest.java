package vn.petitionboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.DueDeadline;
import vn.petitionboard.petition.HistoryText;
import vn.petitionboard.petition.PetitionId;

/** One person's reminder text: counts, the first ten codes (overdue first) and how many more. */
class DailyReminderTest {

    static final LocalDate TODAY = LocalDate.of(2030, 3, 15);

    @Test
    void shows_ten_codes_overdue_first_and_counts_the_rest() {
        DailyReminder reminder = new DailyReminder();
        for (int i = 1; i <= 8; i++) {
            reminder.add(due(i, TODAY.minusDays(1)), TODAY, false);
        }
        for (int i = 9; i <= 12; i++) {
            reminder.add(due(i, TODAY.plusDays(1)), TODAY, false);
        }

        HistoryText text = reminder.text(3);

        assertThat(text.key()).isEqualTo("notification.deadlineReminder");
        assertThat(text.args()).containsExactly("8", "4", "3",
                "KN-1, KN-2, KN-3, KN-4, KN-5, KN-6, KN-7, KN-8", "KN-9, KN-10", "2");
        assertThat(reminder.route()).isEqualTo(DailyReminder.MY_WORK);
    }

    @Test
    void a_leader_is_sent_to_the_petition_list_and_an_empty_list_shows_a_dash() {
        DailyReminder reminder = new DailyReminder();
        reminder.add(due(1, TODAY), TODAY, true);

        assertThat(reminder.text(3).args()).containsExactly("0", "1", "3", "–", "KN-1", "0");
        assertThat(reminder.route()).isEqualTo(DailyReminder.PETITION_LIST);
    }

    static DueDeadline due(int n, LocalDate deadline) {
        return new DueDeadline(new PetitionId(n), "KN-" + n, new DepartmentId(1), deadline, null);
    }
}
