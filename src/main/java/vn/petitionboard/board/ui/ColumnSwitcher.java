package vn.petitionboard.board.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Map;
import vn.petitionboard.base.ui.LightSelect;
import vn.petitionboard.petition.PetitionState;

/**
 * Below 600 px a board shows one column at a time (styles.css), the one chosen here: a phone cannot show five
 * columns side by side, and sideways swiping through them loses the headers. Its options read "Đang xử lý (3)".
 * Wider, every column shows and the chooser is hidden. The board has one; each open lane of the board by domain has
 * its own. A {@link LightSelect}: one state node in every open board, where a select with its five items was twelve.
 */
final class ColumnSwitcher extends LightSelect {

    private final Div columns;
    private Map<PetitionState, Integer> counts = Map.of();

    /** A chooser for the columns in {@code columns}, which it marks with the one shown (data-shown). */
    ColumnSwitcher(String id, Div columns) {
        super(id);
        setLabel(getTranslation("board.column.choose"));
        this.columns = columns;
        addClassName("board-column-switcher");
        onUserChoice(this::show);
    }

    /** The columns' counts now, for the options' labels; the first time, the first column with petitions is shown. */
    void counts(Map<PetitionState, Integer> newCounts) {
        if (newCounts.equals(counts) && !getValue().isEmpty()) {
            return;
        }
        this.counts = newCounts;
        setOptions(PetitionState.UNRESOLVED.stream()
                .map(state -> new LightSelect.Option(state.name(), getTranslation("board.column.option",
                        getTranslation("state." + state.name()), newCounts.getOrDefault(state, 0))))
                .toList());
        if (getValue().isEmpty()) {
            // An officer's "Tiếp nhận" is always empty: the first column with petitions in it.
            PetitionState first = PetitionState.UNRESOLVED.stream().filter(s -> newCounts.getOrDefault(s, 0) > 0)
                    .findFirst().orElse(PetitionState.RECEIVED);
            setValue(first.name());
            show(first.name());
        }
    }

    private void show(String state) {
        columns.getElement().setAttribute("data-shown", state);
    }
}
