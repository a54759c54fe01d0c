package vn.petitionboard.followup;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** One of a department's open petitions. */
public record WorkItem(PetitionId id, String code, String title, PetitionState state, String domainName,
        DepartmentId departmentId, LocalDate deadline, int version) {

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }
}
