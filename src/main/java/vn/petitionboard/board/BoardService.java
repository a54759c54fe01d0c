package vn.petitionboard.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

    /**
     * The board by domain lists first the lanes with overdue petitions, then the other lanes with unresolved ones,
     * then the lanes with none; each group in the domains' sort order (docs/decisions/0016-board-by-domain.md).
     */
    private static final Comparator<DomainLane> OVERDUE_LANES_FIRST = Comparator
            .comparingInt(lane -> lane.hasOverdue() ? 0 : lane.isEmpty() ? 2 : 1);

    private final BoardQuery query;
    private final SharedBoardReads shared;
    private final CurrentUser currentUser;
    private final Clock clock;

    BoardService(BoardQuery query, SharedBoardReads shared, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.shared = shared;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ColumnPage column(PetitionState state, BoardFilter filter, Optional<BoardCursor> after) {
        return column(state, filter, after, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ColumnPage column(PetitionState state, BoardFilter filter, Optional<BoardCursor> after, int pageSize) {
        int limit = pageLimit(state, pageSize);
        PetitionConditions scope = scope();
        if (after.isPresent()) {
            return query.page(scope, filter, state, after, limit);
        }
        return shared.fresh(SharedBoardReads.Key.firstPage(scope, filter, state, limit),
                () -> query.page(scope, filter, state, after, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Map<PetitionState, Integer> counts(BoardFilter filter) {
        PetitionConditions scope = scope();
        return shared.fresh(SharedBoardReads.Key.counts(scope, filter), () -> countsOf(scope, filter));
    }

    /**
     * A column's first page for a board the live feed told of changes: the same answer as {@link #column} with no
     * cursor, shared by the boards of the same scope and filter told of the same changes (see SharedBoardReads). No
     * transaction: a board waiting for another's read holds no connection.
     */
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public ColumnPage liveColumn(PetitionState state, BoardFilter filter, int pageSize) {
        int limit = pageLimit(state, pageSize);
        PetitionConditions scope = scope();
        return shared.shared(SharedBoardReads.Key.firstPage(scope, filter, state, limit),
                () -> query.page(scope, filter, state, Optional.empty(), limit));
    }

    /** The counts for a board the live feed told of changes, shared like {@link #liveColumn}. */
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Map<PetitionState, Integer> liveCounts(BoardFilter filter) {
        PetitionConditions scope = scope();
        return shared.shared(SharedBoardReads.Key.counts(scope, filter), () -> countsOf(scope, filter));
    }

    /**
     * The board by domain: one lane per domain with its counts per column and its overdue count, from one grouped
     * statement; overdue lanes first (see {@link #OVERDUE_LANES_FIRST}). A lane's cards are its columns, asked with
     * {@link #column} and the lane's domain as filter.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<DomainLane> lanes() {
        PetitionConditions scope = scope();
        LocalDate today = LocalDate.now(clock);
        return shared.fresh(SharedBoardReads.Key.lanes(scope, today), () -> sortedLanes(scope, today));
    }

    /** The lanes for a board by domain the live feed told of changes, shared like {@link #liveColumn}. */
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<DomainLane> liveLanes() {
        PetitionConditions scope = scope();
        LocalDate today = LocalDate.now(clock);
        return shared.shared(SharedBoardReads.Key.lanes(scope, today), () -> sortedLanes(scope, today));
    }

    private List<DomainLane> sortedLanes(PetitionConditions scope, LocalDate today) {
        // A stable sort: within each group the query's domain order stays.
        return query.lanes(scope, today).stream().sorted(OVERDUE_LANES_FIRST).toList();
    }

    /** A column's page size within 1..PAGE_SIZE; only the unresolved states have a column. */
    private static int pageLimit(PetitionState state, int pageSize) {
        if (!state.isUnresolved()) {
            throw new IllegalArgumentException("The board has no column for " + state);
        }
        return Math.clamp(pageSize, 1, PAGE_SIZE);
    }

    /** Unmodifiable: one answer may be handed to many boards. */
    private Map<PetitionState, Integer> countsOf(PetitionConditions scope, BoardFilter filter) {
        return Map.copyOf(query.counts(scope, filter));
    }

    private PetitionConditions scope() {
        return PetitionConditions.of(currentUser.require());
    }
}
