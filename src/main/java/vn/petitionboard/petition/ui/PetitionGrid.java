package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionListRow;
import vn.petitionboard.petition.PetitionSearchService;

/** The filtered petitions, a page at a time from the database; each code opens the petition. */
final class PetitionGrid extends Grid<PetitionListRow> {

    /** {@code onCount} hears how many petitions the filter finds, each time the grid asks. */
    PetitionGrid(PetitionSearchService petitions, Supplier<PetitionListFilter> filter, IntConsumer onCount) {
        setId("petition-grid");
        addClassName("petition-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(row -> {
                    RouterLink link = new RouterLink(row.code(), PetitionDetailsView.class,
                            new RouteParameters("id", Long.toString(row.id().value())));
                    link.addClassName("petition-code");
                    return link;
                })
                .setHeader(getTranslation("petitions.column.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(PetitionListRow::title).setHeader(getTranslation("petitions.column.title")).setFlexGrow(3);
        addColumn(PetitionListRow::domain).setHeader(getTranslation("petitions.column.domain")).setFlexGrow(1);
        addColumn(row -> row.department() == null ? "" : row.department())
                .setHeader(getTranslation("petitions.column.department")).setFlexGrow(1);
        addColumn(row -> getTranslation("state." + row.state().name()))
                .setHeader(getTranslation("petitions.column.state")).setAutoWidth(true).setFlexGrow(0);
        LocalDate today = petitions.today();
        addComponentColumn(row -> deadline(row, today))
                .setHeader(getTranslation("petitions.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.date(row.conferenceDate()))
                .setHeader(getTranslation("petitions.column.conferenceDate")).setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(getTranslation("petitions.empty"));
        setItems(query -> petitions.page(filter.get(), query.getOffset(), query.getLimit()).stream(), query -> {
            int count = petitions.count(filter.get());
            onCount.accept(count);
            return count;
        });
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private Span deadline(PetitionListRow row, LocalDate today) {
        Span span = new Span(Formats.date(row.deadline()));
        if (row.isOverdue(today)) {
            span.addClassName("overdue");
            span.getElement().setAttribute("title", getTranslation("board.card.overdue"));
        }
        return span;
    }
}
