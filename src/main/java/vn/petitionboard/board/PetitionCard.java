package vn.petitionboard.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * One card on the board: a flat projection built by one SQL statement per column page. Every open board keeps its
 * cards (150 on a full board) as long as it is open, so the time the state changed is kept as a number (the column's
 * DATETIME(3), in milliseconds) rather than a date-time of three objects.
 */
public record PetitionCard(
        PetitionId id,
        String code,
        String title,
        PetitionState state,
        String domainName,
        DepartmentId departmentId,
        String departmentName,
        LocalDate deadline,
        long stateChangedAtMillis,
        int version) {

    public PetitionCard(PetitionId id, String code, String title, PetitionState state, String domainName,
            DepartmentId departmentId, String departmentName, LocalDate deadline, LocalDateTime stateChangedAt,
            int version) {
        this(id, code, title, state, domainName, departmentId, departmentName, deadline,
                stateChangedAt.toInstant(ZoneOffset.UTC).toEpochMilli(), version);
    }

    public LocalDateTime stateChangedAt() {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(stateChangedAtMillis, 1000),
                (int) Math.floorMod(stateChangedAtMillis, 1000) * 1_000_000, ZoneOffset.UTC);
    }

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }

    public long daysInState(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(stateChangedAt().toLocalDate(), today));
    }

    BoardCursor cursor() {
        return new BoardCursor(stateChangedAt(), deadline, id);
    }
}
