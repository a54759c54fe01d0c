package vn.petitionboard.petition;

import java.time.LocalDate;

/** An open petition and the deadline stored on it, as the holiday screen lists those a new day off touches. */
public record OpenDeadline(PetitionId id, String code, String title, LocalDate deadline) {
}
