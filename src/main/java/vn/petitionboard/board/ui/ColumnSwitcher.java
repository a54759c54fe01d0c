package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import vn.petitionboard.petition.PetitionState;

/**
 * Below 600 px a board shows one column at a time (styles.css), the one chosen here: a phone cannot show five
 * columns side by side, and sideways swiping through them loses the headers. Its options read "Đang xử lý (3)".
 * Wider, every column shows and the chooser is hidden. The board has one; each open lane of the board by domain has
 * its own.
 */
final class ColumnSwitcher extends Select<PetitionState> {

    private Map<PetitionState, Integer> counts = Map.of();

    /** A chooser for the columns in {@code columns}, which it marks with the one shown (data-shown). */
    ColumnSwitcher(String id, Div columns) {
        setLabel(getTranslation("board.column.choose"));
        setId(id);
        addClassName("board-column-switcher");
        setItems(PetitionState.UNRESOLVED);
        setItemLabelGenerator(state -> getTranslation("board.column.option",
                getTranslation("state." + state.name()), counts.getOrDefault(state, 0)));
        addValueChangeListener(e -> columns.getElement().setAttribute("data-shown",
                e.getValue() == null ? "" : e.getValue().name()));
    }

    /** The columns' counts now, for the options' labels; the first time, the first column with petitions is shown. */
    void counts(Map<PetitionState, Integer> newCounts) {
        this.counts = newCounts;
        getListDataView().refreshAll();
        if (getValue() == null) {
            // An officer's "Tiếp nhận" is always empty: the first column with petitions in it.
            setValue(PetitionState.UNRESOLVED.stream().filter(s -> newCounts.getOrDefault(s, 0) > 0)
                    .findFirst().orElse(PetitionState.RECEIVED));
        }
    }
}
