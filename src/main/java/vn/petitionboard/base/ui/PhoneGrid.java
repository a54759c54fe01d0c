package vn.petitionboard.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid that becomes a list of two- or three-line rows on a phone: below 600 px ({@link PhoneWidth}) it shows only
 * its compact column, one cell per row with the row's essentials and its actions, and above that every column but
 * the compact one. No sideways scrolling, and the buttons stay on the screen.
 */
public final class PhoneGrid {

    private PhoneGrid() {
    }

    public static <T> void compactOnPhone(Grid<T> grid, Grid.Column<T> compact) {
        compact.setVisible(false);
        compact.setKey("compact");
        grid.addClassName("phone-grid");
        PhoneWidth.watch(grid, phone -> {
            grid.getColumns().forEach(column -> column.setVisible(column == compact ? phone : !phone));
            grid.getElement().setAttribute("data-phone", phone);
        });
    }
}
