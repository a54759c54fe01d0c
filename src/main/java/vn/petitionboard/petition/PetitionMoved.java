package vn.petitionboard.petition;

import java.time.LocalDateTime;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.UserId;

/**
 * A history event was written: published in the transaction of the command that wrote it, so a synchronous listener
 * (the notifications) writes with it and rolls back with it. Features above petition learn of changes this way
 * without petition naming them.
 *
 * @param historyId          the petition_history row, unique per change (a key for "told once")
 * @param department         the department that has the petition after the change (null: none)
 * @param previousDepartment the one that had it before (the same when the change kept it)
 */
public record PetitionMoved(PetitionId petition, long historyId, UnitId unit, String code, String title,
        HistoryEvent event, PetitionState from, PetitionState to, DepartmentId department,
        DepartmentId previousDepartment, UserId actor, String actorName, LocalDateTime at) {

    public boolean departmentChanged() {
        return department != null && !department.equals(previousDepartment);
    }
}
