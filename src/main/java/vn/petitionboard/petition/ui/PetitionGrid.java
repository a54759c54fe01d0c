package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.petition.ListTotal;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionListRow;
import vn.petitionboard.petition.PetitionRoutes;
import vn.petitionboard.petition.PetitionSearchService;

/** The filtered petitions, a page at a time from the database; each code opens the petition. */
final class PetitionGrid extends Grid<PetitionListRow> {

    private final PetitionSearchService petitions;
    private final Supplier<PetitionListFilter> filter;
    private final Consumer<ListTotal> onTotal;

    /** {@code onTotal} hears how many petitions the filter finds, each time it is counted. */
    PetitionGrid(PetitionSearchService petitions, Supplier<PetitionListFilter> filter, Consumer<ListTotal> onTotal) {
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
        PhoneGrid.compactOnPhone(this, addColumn(compactRow(today))
                .setHeader(getTranslation("petitions.column.petition")));
        setEmptyStateText(getTranslation("petitions.empty"));
        this.petitions = petitions;
        this.filter = filter;
        this.onTotal = onTotal;
    }

    /**
     * Reads the filter again. Without text the grid knows its size from an exact count; a text search's count
     * stops at {@link PetitionSearchService#SEARCH_COUNT_MAX}, so the grid then grows as the user scrolls, page by
     * page, until a page comes back short.
     */
    void refresh() {
        PetitionListFilter current = filter.get();
        if (current.hasText()) {
            setItems(query -> petitions.page(current, query.getOffset(), query.getLimit()).stream());
            onTotal.accept(petitions.total(current));
        } else {
            setItems(query -> petitions.page(current, query.getOffset(), query.getLimit()).stream(), query -> {
                ListTotal total = petitions.total(current);
                onTotal.accept(total);
                return total.count();
            });
        }
    }

    /** A row as a phone shows it: code and state, title, domain and department, deadline and conference date. */
    private LitRenderer<PetitionListRow> compactRow(LocalDate today) {
        return LitRenderer.<PetitionListRow>of("""
                <div class="compact-row">\
                <div class="compact-top"><a class="compact-code petition-code" href="${item.href}" router-link>\
                ${item.code}</a><span class="compact-state">${item.state}</span></div>\
                <span class="compact-title">${item.title}</span>\
                <span class="compact-meta">${item.where}</span>\
                <span class="compact-meta ${item.overdue ? 'overdue' : ''}">${item.when}</span></div>""")
                .withProperty("href", row -> PetitionRoutes.details(row.id()))
                .withProperty("code", PetitionListRow::code)
                .withProperty("state", row -> getTranslation("state." + row.state().name()))
                .withProperty("title", PetitionListRow::title)
                .withProperty("where", row -> row.department() == null ? row.domain()
                        : row.domain() + " · " + row.department())
                .withProperty("overdue", row -> row.isOverdue(today))
                .withProperty("when", row -> when(row, today));
    }

    private String when(PetitionListRow row, LocalDate today) {
        String conference = getTranslation("petitions.compact.conference", Formats.date(row.conferenceDate()));
        if (row.deadline() == null) {
            return conference;
        }
        String deadline = getTranslation("board.card.deadline", Formats.date(row.deadline()));
        if (row.isOverdue(today)) {
            deadline += " · " + getTranslation("board.card.overdue");
        }
        return deadline + " · " + conference;
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
