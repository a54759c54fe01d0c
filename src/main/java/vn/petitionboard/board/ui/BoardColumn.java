package vn.petitionboard.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.petitionboard.board.BoardCursor;
import vn.petitionboard.board.BoardFilter;
import vn.petitionboard.board.BoardService;
import vn.petitionboard.board.ColumnPage;
import vn.petitionboard.board.PetitionCard;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;

/**
 * One state's column: its true count, a page of cards, "load more", and empty and error states. A reload keeps the
 * elements of cards that did not change, so a card move sends the cards that moved and the counts, not the board.
 */
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
    /** The cards shown, top to bottom, each with its element. */
    private final Map<PetitionId, Shown> shown = new LinkedHashMap<>();

    private record Shown(PetitionCard card, LocalDate today, Element element) {
    }

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

    /** The card as shown in this column, for a drag that starts on it. */
    Optional<PetitionCard> card(PetitionId id) {
        return Optional.ofNullable(shown.get(id)).map(Shown::card);
    }

    /** Element of the list the cards are in (drags start from it). */
    Element cardList() {
        return cards.getElement();
    }

    /** The first page again; the cards that are unchanged keep their elements. */
    void reload(BoardFilter newFilter, int total, LocalDate newToday) {
        this.filter = newFilter;
        this.today = newToday;
        setCount(total);
        load(Optional.empty()).ifPresent(this::showFirstPage);
        finish();
    }

    private void loadNextPage() {
        if (next.isPresent()) {
            load(next).ifPresent(page -> page.cards().forEach(card -> {
                Element element = element(card);
                cards.getElement().appendChild(element);
                shown.put(card.id(), new Shown(card, today, element));
            }));
            finish();
        }
    }

    private Optional<ColumnPage> load(Optional<BoardCursor> after) {
        error.setVisible(false);
        try {
            ColumnPage page = boardService.column(state, filter, after);
            next = page.next();
            return Optional.of(page);
        } catch (RuntimeException e) {
            log.error("Could not load the {} column", state, e);
            next = Optional.empty();
            error.setVisible(true);
            return Optional.empty();
        }
    }

    /**
     * Removes the cards that left or changed, then inserts the new ones where they belong. Kept cards stay in their
     * order (the order is by state_changed_at, which a change would have changed), so nothing else moves.
     */
    private void showFirstPage(ColumnPage page) {
        Map<PetitionId, Shown> kept = new LinkedHashMap<>();
        Element list = cards.getElement();
        for (Shown old : shown.values()) {
            if (page.cards().contains(old.card()) && old.today().equals(today)) {
                kept.put(old.card().id(), old);
            } else {
                list.removeChild(old.element());
            }
        }
        shown.clear();
        int index = 0;
        for (PetitionCard card : page.cards()) {
            Shown item = kept.get(card.id());
            if (item == null) {
                item = new Shown(card, today, element(card));
                list.insertChild(index, item.element());
            }
            shown.put(card.id(), item);
            index++;
        }
    }

    private Element element(PetitionCard card) {
        return CardHtml.create(card, today, dragAndDrop.movable(card), this);
    }

    private void finish() {
        empty.setVisible(shown.isEmpty() && !error.isVisible());
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
