package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.LocalDate;
import java.util.List;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.DomainLane;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;

/**
 * An open lane's columns: the board's five columns ({@link BoardColumn}) for one domain, each listing its cards
 * overdue first, {@link #PAGE_SIZE} at a time ("Tải thêm" brings more), with the board's cards, drag and drop and
 * "Chuyển…". The lane has its own {@link BoardDragAndDrop}, so a card is dragged within its lane's columns: a move
 * never changes a petition's domain. Below 600 px one column at a time, chosen in the lane's own switcher.
 */
final class LaneColumns extends Div {

    /** Cards a lane's column loads at a time: a lane shows about two a column; the board loads thirty. */
    static final int PAGE_SIZE = 10;
    /** A lane's columns are as tall as its fullest column needs, up to two cards; more scroll inside. */
    private static final int MOST_ROWS = 2;

    private final DomainId domain;
    private final List<BoardColumn> columns;
    private final Div board = new Div();
    private final ColumnSwitcher switcher;

    LaneColumns(DomainLane lane, BoardService boardService, BoardDragAndDrop dragAndDrop,
            SerializableSupplier<LocalDate> today) {
        this.domain = lane.domain();
        String prefix = "lane-" + lane.domain().value() + "-";
        // One card template for the lane's five columns, as on the board.
        LitRenderer<PetitionCard> cards = CardRenderer.create(today, dragAndDrop::movable, dragAndDrop::chooseMove,
                this);
        BoardColumn.Place place = BoardColumn.Place.lane(prefix, lane.name(), PAGE_SIZE);
        columns = PetitionState.UNRESOLVED.stream()
                .map(state -> new BoardColumn(state, place, boardService, dragAndDrop, cards)).toList();
        columns.forEach(dragAndDrop::column);
        board.addClassNames("board-columns", "lane-columns");
        columns.forEach(board::add);
        switcher = new ColumnSwitcher(prefix + "column-select", board);
        addClassName("lane-content");
        add(switcher, board);
    }

    /** The first page of every column again, with the lane's counts now; live: for changes the feed told of. */
    void reload(DomainLane lane, LocalDate today, boolean live) {
        BoardFilter filter = BoardFilter.domain(domain).overdueFirst();
        columns.forEach(column -> column.reload(filter, lane.count(column.state()), today, live));
        switcher.counts(lane.counts());
        int fullest = lane.counts().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        board.getStyle().set("--lane-rows", Integer.toString(Math.clamp(fullest, 1, MOST_ROWS)));
    }
}
