package vn.petitionboard.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/** One card on the board: a flat projection built by one SQL statement per column page. */
public record PetitionCard(
        PetitionId id,
        String code,
        String title,
        PetitionState state,
        String domainName,
        DepartmentId departmentId,
        String departmentName,
        LocalDate deadline,
        LocalDateTime stateChangedAt,
        int version) {

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }

    public long daysInState(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(stateChangedAt.toLocalDate(), today));
    }

    BoardCursor cursor() {
        return new BoardCursor(stateChangedAt, deadline, id);
    }
}
