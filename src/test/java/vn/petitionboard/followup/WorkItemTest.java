package vn.petitionboard.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** What My work says beside a deadline, for the department that has the petition. */
class WorkItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void days_left_or_overdue_while_the_department_has_the_next_step() {
        assertThat(item(PetitionState.IN_PROGRESS, TODAY.plusDays(12)).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.daysLeft", 12));
        assertThat(item(PetitionState.ASSIGNED, TODAY).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.daysLeft", 0));
        assertThat(item(PetitionState.IN_PROGRESS, TODAY.minusDays(5)).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.overdueBy", 5));
    }

    @Test
    void a_passed_deadline_of_a_petition_with_the_higher_level_or_the_front_says_whom_it_waits_on() {
        assertThat(item(PetitionState.ESCALATED, LocalDate.of(2020, 12, 31)).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.waitingHigherLevel", 0));
        assertThat(item(PetitionState.ANSWERED, TODAY.minusDays(1)).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.waitingReview", 0));
        assertThat(item(PetitionState.ANSWERED, TODAY.plusDays(3)).deadlineNote(TODAY))
                .isEqualTo(new WorkItem.DeadlineNote("mywork.daysLeft", 3));
    }

    private static WorkItem item(PetitionState state, LocalDate deadline) {
        return new WorkItem(new PetitionId(8), "KN-2020-002", "Cấp GCN", state, "Đất đai", new DepartmentId(2),
                deadline, 0);
    }
}
