package vn.petitionboard.petition;

import java.time.LocalDate;

/** One line of the petition list and of its Excel export. */
public record PetitionListRow(PetitionId id, String code, String title, String domain, String department,
        PetitionState state, LocalDate deadline, LocalDate conferenceDate, String conferenceTitle) {

    public boolean isOverdue(LocalDate today) {
        return state.isOverdue(deadline, today);
    }
}
