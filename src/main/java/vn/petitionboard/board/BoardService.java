package vn.petitionboard.board;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/** The kanban board of unresolved petitions of the signed-in user's unit. */
@Service
public class BoardService {

    public static final int PAGE_SIZE = 30;

    private final BoardQuery query;
    private final CurrentUser currentUser;

    BoardService(BoardQuery query, CurrentUser currentUser) {
        this.query = query;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ColumnPage column(PetitionState state, BoardFilter filter, Optional<BoardCursor> after) {
        return column(state, filter, after, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ColumnPage column(PetitionState state, BoardFilter filter, Optional<BoardCursor> after, int pageSize) {
        if (!state.isUnresolved()) {
            throw new IllegalArgumentException("The board has no column for " + state);
        }
        int limit = Math.clamp(pageSize, 1, PAGE_SIZE);
        return query.page(scope(), filter, state, after, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Map<PetitionState, Integer> counts(BoardFilter filter) {
        return query.counts(scope(), filter);
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }
}
