package vn.petitionboard.petition;

import java.time.LocalDate;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;

/** What a command needs to know about a petition before it decides. */
record PetitionSnapshot(PetitionId id, UnitId unit, String code, String title, PetitionState state,
        DepartmentId department, LocalDate deadline, Integer pausedDaysLeft, int version) {
}
