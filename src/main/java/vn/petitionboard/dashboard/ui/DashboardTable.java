package vn.petitionboard.dashboard.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** The plain HTML tables of the dashboard: a header row to fill, right-aligned numbers. */
final class DashboardTable {

    private DashboardTable() {
    }

    /** A table with one header row holding {@code firstHeader}; the caller adds the other headers. */
    static NativeTable create(String id, String firstHeader) {
        NativeTable table = new NativeTable();
        table.setId("table-" + id);
        table.addClassName("dashboard-table");
        table.addClassName("numeric");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(firstHeader);
        return table;
    }

    static NativeTableRow head(NativeTable table) {
        return table.getHead().getRows().getFirst();
    }

    static void number(NativeTableRow row, int value) {
        var cell = row.addDataCell();
        cell.setText(Integer.toString(value));
        cell.addClassName("num");
    }
}
