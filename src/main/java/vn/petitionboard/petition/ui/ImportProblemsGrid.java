package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.petitionboard.petition.ImportProblem;

/** The problems of a checked file, one line each: the sheet's row, the column and the reason, in the reader's words. */
final class ImportProblemsGrid extends Grid<ImportProblem> {

    private static final int ALL_ROWS_UP_TO = 15;

    ImportProblemsGrid() {
        setId("import-problems");
        addClassName("import-problems");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(p -> p.row() == 0 ? getTranslation("import.wholeFile") : Integer.toString(p.row()))
                .setHeader(getTranslation("import.column.row")).setKey("row").setAutoWidth(true).setFlexGrow(0);
        addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("import.column.column")).setKey("column").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("import.column.reason")).setKey("reason").setFlexGrow(1);
        setVisible(false);
    }

    /** A few problems take their rows' height; many scroll inside a fixed height. */
    void show(List<ImportProblem> problems) {
        boolean many = problems.size() > ALL_ROWS_UP_TO;
        setAllRowsVisible(!many);
        setClassName("import-problems-many", many);
        setItems(problems);
        setVisible(!problems.isEmpty());
    }
}
