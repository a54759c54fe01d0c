package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.DomainLane;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.petition.ui.TransitionDialogs;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * The board by domain (Theo lĩnh vực), beside the board's columns (Theo cột, {@link BoardView}): one swimlane per
 * domain, its counts per column and overdue in its header, from one grouped statement; lanes with overdue petitions
 * first. The first {@link #OPEN_AT_FIRST} lanes with overdue petitions open by themselves, the others are a click
 * away; an open lane is the board's five columns for its domain, overdue first (docs/decisions/0016-board-by-domain.md).
 * The same people see it as see the board, and the service gives each only what their board shows.
 */
@Route("board/by-domain")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class DomainBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Lanes with overdue petitions that open by themselves, the first of them: three lanes of five columns of ten
     * cards hold what the board's first page does (150 cards), however many domains are late.
     */
    static final int OPEN_AT_FIRST = 3;

    private final BoardService boardService;
    private final TransitionDialogs dialogs;
    private final SignedInUser user;
    private final Clock clock;
    private final BoardHeading heading = new BoardHeading(getTranslation("board.byDomain.title"));
    private final Div lanes = new Div();
    private final Paragraph quiet = new Paragraph();
    private final Paragraph empty = new Paragraph();
    /** The lanes shown, in the order they were first shown: a move does not reorder them under the user's hand. */
    private final Map<DomainId, LaneSection> sections = new LinkedHashMap<>();
    private LocalDate today;

    public DomainBoardView(BoardService boardService, CurrentUser currentUser, TransitionDialogs dialogs,
            PetitionChanges changes, Clock clock) {
        this.boardService = boardService;
        this.dialogs = dialogs;
        this.user = currentUser.require();
        this.clock = clock;
        this.today = LocalDate.now(clock);
        addClassNames("board-view", "lanes-view");

        Div toolbar = new Div(heading, BoardViewToggle.create(this, true));
        toolbar.addClassName("board-toolbar");
        add(toolbar);
        BoardHeading.scopeNotice(this, user).ifPresent(this::add);

        lanes.addClassName("board-lanes");
        lanes.setId("board-lanes");
        quiet.addClassName("lanes-quiet");
        quiet.setId("lanes-quiet");
        empty.setText(getTranslation("board.byDomain.empty"));
        empty.addClassName("lanes-empty");
        empty.setId("lanes-empty");
        add(lanes, quiet, empty);
        // Another user's change: the lanes and open columns, read once for the boards of the same scope told of it.
        changes.whileAttached(this, user, batch -> refresh(true));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        refresh(false);
    }

    /**
     * The lanes' counts again (one statement), and the open lanes' columns (one statement per column); live: for
     * changes the feed told of (answers shared with the other boards told of them).
     */
    private void refresh(boolean live) {
        today = LocalDate.now(clock);
        boolean first = sections.isEmpty();
        List<DomainLane> all = live ? boardService.liveLanes() : boardService.lanes();
        for (DomainLane lane : all) {
            LaneSection section = sections.get(lane.domain());
            if (section == null && !lane.isEmpty()) {
                section = new LaneSection(lane, today, this::columnsOf);
                sections.put(lane.domain(), section);
                lanes.add(section);
            }
            if (section != null) {
                section.update(lane, today, live);
            }
        }
        if (first) {
            all.stream().filter(DomainLane::hasOverdue).limit(OPEN_AT_FIRST)
                    .forEach(lane -> sections.get(lane.domain()).open());
        }

        int total = all.stream().mapToInt(DomainLane::total).sum();
        int overdue = all.stream().mapToInt(DomainLane::overdue).sum();
        heading.total(getTranslation("board.byDomain.total", total, overdue));
        String quietDomains = all.stream().filter(DomainLane::isEmpty).filter(l -> !sections.containsKey(l.domain()))
                .map(DomainLane::name).collect(Collectors.joining(", "));
        quiet.setText(getTranslation("board.byDomain.quiet", quietDomains));
        quiet.setVisible(total > 0 && !quietDomains.isEmpty());
        lanes.setVisible(total > 0);
        empty.setVisible(total == 0);
    }

    private LaneColumns columnsOf(DomainLane lane) {
        return new LaneColumns(lane, boardService, new BoardDragAndDrop(user, dialogs, this::refresh), () -> today);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.byDomain.title") + " · " + getTranslation("app.title");
    }
}
