package vn.petitionboard.petition;

import static vn.petitionboard.jooq.Tables.PETITION;

import java.time.LocalDate;
import java.util.Map;
import org.jooq.Field;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** What a command needs to know about a petition before it decides. */
record PetitionSnapshot(PetitionId id, UnitId unit, String code, String title, PetitionState state,
        DepartmentId department, LocalDate deadline, Integer pausedDaysLeft, int version) {

    /**
     * The columns a higher level's reply changes, however it came (typed in, or from a unit of the system): the clock
     * stopped at escalation runs again, with the days that were left from today.
     */
    Map<Field<?>, Object> clockResumed(LocalDate today) {
        Map<Field<?>, Object> changes = CommandRunner.changes(PETITION.PAUSED_DAYS_LEFT, null);
        if (pausedDaysLeft != null) {
            changes.put(PETITION.DEADLINE, today.plusDays(pausedDaysLeft));
        }
        return changes;
    }
}
