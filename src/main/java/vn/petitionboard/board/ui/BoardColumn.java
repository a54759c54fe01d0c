package vn.petitionboard.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import vn.petitionboard.board.BoardCursor;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.ColumnPage;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * One state's column: its true count, the cards loaded so far in a virtual list (the browser renders the cards in view
 * from a template; the server keeps their data only), "load more", and empty and error states. A reload that finds
 * the same cards sends nothing, so a card move sends the two columns it changed and the counts, not the board.
 */
class BoardColumn extends Section {

    private static final Logger log = LoggerFactory.getLogger(BoardColumn.class);

    /**
     * Where a column stands: on the board, or in a domain's lane of the board by domain, whose columns have ids and
     * names of their own ("Mới tiếp nhận · Môi trường") and shorter pages (a lane shows a few cards a column).
     */
    record Place(String idPrefix, String laneName, int pageSize) {

        static final Place BOARD = new Place("", null, BoardService.PAGE_SIZE);

        static Place lane(String idPrefix, String laneName, int pageSize) {
            return new Place(idPrefix, laneName, pageSize);
        }
    }

    private final PetitionState state;
    private final int pageSize;
    private final BoardService boardService;
    private final BoardDragAndDrop dragAndDrop;
    /**
     * The title and the count, as markup in one element: five components (heading, count and their texts, the box)
     * in every column of every open board were 20 of the board's 155 state nodes, kept in memory per open page.
     */
    private final Div header = new Div();
    private final String title;
    private int total;
    private final VirtualList<PetitionCard> cards = new VirtualList<>();
    /** The cards loaded, top to bottom: what the virtual list shows. */
    private final List<PetitionCard> loaded = new ArrayList<>();
    private final ListDataProvider<PetitionCard> provider = new ListDataProvider<>(loaded);
    /** The empty and error states are made when first needed: most columns of most boards never show them. */
    private Paragraph empty;
    private Div error;
    /**
     * "Tải thêm": a plain {@code <vaadin-button>} with its words as escaped markup and a click listener, one state node;
     * a Button component is three (with its text and its disable-on-click support), in every column of every board.
     */
    private final Element loadMore = new Element("vaadin-button");

    private BoardFilter filter = BoardFilter.allDomains();
    private LocalDate today = LocalDate.now();
    private Optional<BoardCursor> next = Optional.empty();
    /** The day the cards were last sent for: their age and overdue marks are as of that day. */
    private LocalDate shownFor;

    BoardColumn(PetitionState state, Place place, BoardService boardService, BoardDragAndDrop dragAndDrop,
            LitRenderer<PetitionCard> cardRenderer) {
        this.state = state;
        this.pageSize = place.pageSize();
        this.boardService = boardService;
        this.dragAndDrop = dragAndDrop;
        addClassName("board-column");
        setId(place.idPrefix() + "column-" + state.name());
        getElement().setAttribute("data-state", state.name());

        title = getTranslation("state." + state.name());
        header.addClassName("column-header");
        String name = place.laneName() == null ? title
                : getTranslation("board.lane.column", title, place.laneName());
        getElement().setAttribute("aria-label", name);

        cards.addClassName("column-cards");
        cards.getElement().setAttribute("aria-label", name);
        cards.setRenderer(cardRenderer);
        cards.setDataProvider(provider);
        loadMore.setProperty("innerHTML", HtmlUtils.htmlEscape(getTranslation("board.column.loadMore")));
        loadMore.setAttribute("theme", "tertiary small");
        loadMore.getClassList().add("column-load-more");
        loadMore.addEventListener("click", e -> loadNextPage());
        add(header, cards);
        getElement().appendChild(loadMore);
    }

    PetitionState state() {
        return state;
    }

    /** The card as shown in this column, for a drag that starts on it. */
    Optional<PetitionCard> card(PetitionId id) {
        return loaded.stream().filter(card -> card.id().equals(id)).findFirst();
    }

    /** Element of the list the cards are in (drags start from it). */
    Element cardList() {
        return cards.getElement();
    }

    /** The first page again; the cards that are unchanged keep their elements. */
    void reload(BoardFilter newFilter, int total, LocalDate newToday) {
        reload(newFilter, total, newToday, false);
    }

    /** The same; live: for changes the feed told of (the page read once for the boards told of them). */
    void reload(BoardFilter newFilter, int total, LocalDate newToday, boolean live) {
        this.filter = newFilter;
        this.today = newToday;
        setCount(total);
        load(Optional.empty(), live).ifPresent(this::showFirstPage);
        finish();
    }

    private void loadNextPage() {
        if (next.isPresent()) {
            load(next, false).ifPresent(page -> {
                loaded.addAll(page.cards());
                provider.refreshAll();
            });
            finish();
        }
    }

    private Optional<ColumnPage> load(Optional<BoardCursor> after, boolean live) {
        showError(false);
        try {
            ColumnPage page = live && after.isEmpty() ? boardService.liveColumn(state, filter, pageSize)
                    : boardService.column(state, filter, after, pageSize);
            next = page.next();
            return Optional.of(page);
        } catch (RuntimeException e) {
            log.error("Could not load the {} column", state, e);
            next = Optional.empty();
            showError(true);
            return Optional.empty();
        }
    }

    /** Shows the first page, unless it holds the very cards shown already (then nothing is sent). */
    private void showFirstPage(ColumnPage page) {
        if (page.cards().equals(loaded) && today.equals(shownFor)) {
            return;
        }
        loaded.clear();
        loaded.addAll(page.cards());
        shownFor = today;
        provider.refreshAll();
    }

    private void finish() {
        cards.setVisible(!loaded.isEmpty());
        boolean showEmpty = loaded.isEmpty() && !failed();
        if (showEmpty && empty == null) {
            empty = new Paragraph(getTranslation("board.column.empty"));
            empty.addClassName("column-empty");
            addComponentAtIndex(indexOf(cards) + 1, empty);
        }
        if (empty != null) {
            empty.setVisible(showEmpty);
        }
        loadMore.setVisible(next.isPresent());
    }

    private void showError(boolean shown) {
        if (shown && error == null) {
            error = new Div();
            error.addClassName("column-error");
            Button retry = new Button(getTranslation("board.column.retry"), e -> reload(filter, count(), today));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            error.add(new Span(getTranslation("board.column.error")), retry);
            addComponentAtIndex(indexOf(cards) + 1, error);
        }
        if (error != null) {
            error.setVisible(shown);
        }
    }

    private boolean failed() {
        return error != null && error.isVisible();
    }

    private void setCount(int newTotal) {
        if (newTotal == total && header.getElement().hasProperty("innerHTML")) {
            return;
        }
        total = newTotal;
        header.getElement().setProperty("innerHTML", "<h2 class=\"column-title\">" + HtmlUtils.htmlEscape(title)
                + "</h2><span class=\"column-count\" aria-label=\""
                + HtmlUtils.htmlEscape(getTranslation("board.column.count", total)) + "\">" + total + "</span>");
    }

    private int count() {
        return total;
    }
}
