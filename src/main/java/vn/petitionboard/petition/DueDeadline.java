package vn.petitionboard.petition;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.UserId;

/**
 * An open petition whose deadline has passed or is near, with its department and the leader who made its current
 * assignment (null when it has none, e.g. a petition assigned before assignments were recorded).
 */
public record DueDeadline(PetitionId id, String code, DepartmentId department, LocalDate deadline,
        UserId assignedBy) {

    public boolean isOverdue(LocalDate today) {
        return deadline.isBefore(today);
    }
}
