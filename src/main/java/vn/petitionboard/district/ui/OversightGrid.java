package vn.petitionboard.district.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.IntConsumer;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.district.DistrictService;
import vn.petitionboard.district.OversightFilter;
import vn.petitionboard.district.OversightRow;

/**
 * The wards' petitions a figure counted, read a page at a time: code, title, ward, domain, state, deadline, received.
 * Read-only: no row opens a page to act on (docs/decisions/0029-district-overview.md). On a phone, one compact cell.
 */
final class OversightGrid extends Grid<OversightRow> {

    OversightGrid() {
        setId("oversight-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(OversightRow::code).setHeader(getTranslation("petitions.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(OversightRow::title).setHeader(getTranslation("petitions.column.title")).setFlexGrow(3);
        addColumn(OversightRow::wardName).setHeader(getTranslation("district.column.ward")).setFlexGrow(1);
        addColumn(OversightRow::domainName).setHeader(getTranslation("petitions.column.domain")).setFlexGrow(1);
        addColumn(row -> getTranslation("state." + row.state().name()))
                .setHeader(getTranslation("petitions.column.state")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::deadline).setHeader(getTranslation("petitions.column.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> Formats.date(row.receivedOn())).setHeader(getTranslation("district.column.receivedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.compactOnPhone(this, addColumn(LitRenderer.<OversightRow>of("""
                        <div class="compact-row">\
                        <div class="compact-top"><span class="compact-code">${item.code}</span>\
                        <span class="compact-state">${item.state}</span></div>\
                        <span class="compact-title">${item.title}</span>\
                        <span class="compact-meta">${item.where}</span>\
                        <span class="compact-meta ${item.overdue ? 'overdue' : ''}">${item.when}</span></div>""")
                .withProperty("code", OversightRow::code)
                .withProperty("state", row -> getTranslation("state." + row.state().name()))
                .withProperty("title", OversightRow::title)
                .withProperty("where", row -> row.wardName() + " · " + row.domainName())
                .withProperty("overdue", OversightRow::overdue)
                .withProperty("when", this::when))
                .setHeader(getTranslation("petitions.column.petition")));
        setEmptyStateText(getTranslation("district.list.empty"));
    }

    /** Lists what the filter selects, lazily; {@code onTotal} hears the count each time it is taken. */
    void show(DistrictService district, OversightFilter filter, IntConsumer onTotal) {
        setItems(query -> district.petitions(filter, query.getOffset(), query.getLimit()).stream(), query -> {
            int total = district.count(filter);
            onTotal.accept(total);
            return total;
        });
    }

    private String when(OversightRow row) {
        String received = getTranslation("district.compact.received", Formats.date(row.receivedOn()));
        if (row.deadline() == null) {
            return received;
        }
        String deadline = getTranslation("board.card.deadline", Formats.date(row.deadline()));
        if (row.overdue()) {
            deadline += " · " + getTranslation("board.card.overdue");
        }
        return deadline + " · " + received;
    }

    private Span deadline(OversightRow row) {
        Span span = new Span(row.deadline() == null ? "" : Formats.date(row.deadline()));
        if (row.overdue()) {
            span.addClassName("overdue");
            span.getElement().setAttribute("title", getTranslation("board.card.overdue"));
        }
        return span;
    }
}
