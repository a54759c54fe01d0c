package vn.petitionboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DepartmentId;

class SharedValuesTest {

    @Test
    void equal_deadlines_read_for_two_boards_are_one_instance() {
        LocalDate first = SharedValues.date(LocalDate.of(2026, 12, 3));
        LocalDate second = SharedValues.date(LocalDate.of(2026, 12, 3));

        assertThat(second).isSameAs(first).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void equal_departments_are_one_instance() {
        DepartmentId first = SharedValues.department(new DepartmentId(7));

        assertThat(SharedValues.department(new DepartmentId(7))).isSameAs(first);
    }

    @Test
    void a_value_in_a_taken_slot_is_kept_as_itself_and_never_swapped_for_another() {
        LocalDate date = LocalDate.of(2026, 1, 1);
        LocalDate sameSlot = date.plusDays(4096);
        SharedValues.date(date);

        assertThat(SharedValues.date(sameSlot)).isEqualTo(sameSlot);
        assertThat(SharedValues.date(date)).isEqualTo(date);
        assertThat(SharedValues.department(new DepartmentId(4096 + 3))).isEqualTo(new DepartmentId(4099));
        assertThat(SharedValues.date(null)).isNull();
        assertThat(SharedValues.department(null)).isNull();
    }
}
