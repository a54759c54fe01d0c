package vn.petitionboard.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.petitionboard.petition.PetitionId;

/**
 * Keyset position in a column: the last card shown. Each {@link CardOrder} seeks on its own keys: longest waiting on
 * (stateChangedAt, id), overdue first on (deadline, id), where a null deadline means the cards without one.
 */
public record BoardCursor(LocalDateTime stateChangedAt, LocalDate deadline, PetitionId id) {
}
