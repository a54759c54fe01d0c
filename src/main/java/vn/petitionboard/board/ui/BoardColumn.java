package vn.petitionboard.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.petitionboard.board.BoardCursor;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.ColumnPage;
import vn.petitionboard.petition.PetitionState;

/** One state's column: its true count, a page of cards, "load more", and empty and error states. */
class BoardColumn extends Section {

    private static final Logger log = LoggerFactory.getLogger(BoardColumn.class);

    private final PetitionState state;
    private final BoardService boardService;
    private final BoardDragAndDrop dragAndDrop;
    private final Span count = new Span();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();
    private final Div error = new Div();
    private final Button loadMore = new Button();

    private BoardFilter filter = BoardFilter.allDomains();
    private LocalDate today = LocalDate.now();
    private Optional<BoardCursor> next = Optional.empty();

    BoardColumn(PetitionState state, BoardService boardService, BoardDragAndDrop dragAndDrop) {
        this.state = state;
        this.boardService = boardService;
        this.dragAndDrop = dragAndDrop;
        addClassName("board-column");
        setId("column-" + state.name());
        getElement().setAttribute("data-state", state.name());

        H2 title = new H2(getTranslation("state." + state.name()));
        title.addClassName("column-title");
        count.addClassName("column-count");
        Div header = new Div(title, count);
        header.addClassName("column-header");
        getElement().setAttribute("aria-label", title.getText());

        cards.addClassName("column-cards");
        cards.getElement().setAttribute("role", "list");
        empty.setText(getTranslation("board.column.empty"));
        empty.addClassName("column-empty");
        error.addClassName("column-error");
        Button retry = new Button(getTranslation("board.column.retry"), e -> reload(filter, count(), today));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        error.add(new Span(getTranslation("board.column.error")), retry);
        loadMore.setText(getTranslation("board.column.loadMore"));
        loadMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        loadMore.addClassName("column-load-more");
        loadMore.addClickListener(e -> loadNextPage());
        add(header, cards, empty, error, loadMore);
    }

    PetitionState state() {
        return state;
    }

    void reload(BoardFilter newFilter, int total, LocalDate newToday) {
        this.filter = newFilter;
        this.today = newToday;
        this.next = Optional.empty();
        cards.removeAll();
        setCount(total);
        loadPage();
    }

    private void loadNextPage() {
        if (next.isPresent()) {
            loadPage();
        }
    }

    private void loadPage() {
        error.setVisible(false);
        try {
            ColumnPage page = boardService.column(state, filter, next);
            page.cards().forEach(card -> {
                PetitionCardView view = new PetitionCardView(card, today);
                dragAndDrop.card(view, card);
                cards.add(view);
            });
            next = page.next();
        } catch (RuntimeException e) {
            log.error("Could not load the {} column", state, e);
            next = Optional.empty();
            error.setVisible(true);
        }
        empty.setVisible(cards.getComponentCount() == 0 && !error.isVisible());
        loadMore.setVisible(next.isPresent());
    }

    private void setCount(int total) {
        count.setText(Integer.toString(total));
        count.getElement().setAttribute("aria-label", getTranslation("board.column.count", total));
    }

    private int count() {
        return Integer.parseInt(count.getText());
    }
}
