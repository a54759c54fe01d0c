package vn.petitionboard.board;

import java.util.List;
import java.util.Optional;

/** A page of one column; next is where "load more" continues, empty on the last page. */
public record ColumnPage(List<PetitionCard> cards, Optional<BoardCursor> next) {
}
