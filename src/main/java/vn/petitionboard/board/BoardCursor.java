package vn.petitionboard.board;

import java.time.LocalDateTime;
import vn.petitionboard.petition.PetitionId;

/** Keyset position in a column: the last card shown. Columns are ordered longest-waiting first. */
public record BoardCursor(LocalDateTime stateChangedAt, PetitionId id) {
}
