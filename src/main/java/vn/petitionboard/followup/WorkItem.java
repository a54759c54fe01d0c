package vn.petitionboard.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** One of a department's open petitions. */
public record WorkItem(PetitionId id, String code, String title, PetitionState state, String domainName,
        DepartmentId departmentId, LocalDate deadline, int version) {

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }

    /**
     * What to say beside the deadline (a message key and its number of days): days left or overdue while the
     * department has the next step; while the higher level or the Front has it the clock does not run
     * ({@link PetitionState#NOT_DUE}), so a passed deadline says whom it waits on, never "-2,163 days left".
     */
    public DeadlineNote deadlineNote(LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (isOverdue(today)) {
            return new DeadlineNote("mywork.overdueBy", -days);
        }
        if (days >= 0) {
            return new DeadlineNote("mywork.daysLeft", days);
        }
        return new DeadlineNote(state == PetitionState.ESCALATED ? "mywork.waitingHigherLevel" : "mywork.waitingReview",
                0);
    }

    public record DeadlineNote(String key, long days) {
    }
}
