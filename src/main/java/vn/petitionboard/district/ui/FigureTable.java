package vn.petitionboard.district.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.district.Behind;
import vn.petitionboard.district.OversightFilter;

/**
 * A table of figures, one row per ward (or domain), each number a link to the list of the petitions it counts. A year
 * shows received, open, overdue, the share resolved (with its counts) and the median days; "still open" shows open,
 * overdue, awaiting the Front and waiting on the higher level, as the ward's dashboard does. On a phone each row
 * becomes a card of label and number pairs; no sideways scrolling.
 */
final class FigureTable extends Div {

    private final NativeTable table = new NativeTable();
    private final Optional<Integer> year;
    private final String id;
    private final Locale locale;

    FigureTable(String id, String firstHeader, Optional<Integer> year, Locale locale) {
        this.id = id;
        this.year = year;
        this.locale = locale;
        table.setId("table-" + id);
        table.addClassNames("dashboard-table", "numeric", "district-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(firstHeader);
        for (String key : year.isPresent()
                ? new String[] {"district.column.received", "district.column.open", "district.column.overdue",
                        "district.column.rate", "district.column.median"}
                : new String[] {"district.column.open", "district.column.overdue", "district.column.awaiting",
                        "district.column.waiting"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        addClassName("dashboard-table-scroll");
        // A scrolling region the keyboard can reach (axe: scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", firstHeader);
        add(table);
    }

    /**
     * A row: its name, and its figures each linked to the list behind it; {@code rowId} names the links
     * ({@code ward-12-open}), {@code behind} makes the list's filter for a kind of figure.
     */
    void row(String rowId, String name, Figures f, Function<Behind, OversightFilter> behind, boolean footer) {
        NativeTableRow row = footer ? table.getFoot().addRow() : table.getBody().addRow();
        var nameCell = row.addHeaderCell();
        nameCell.setText(name);
        nameCell.getElement().setAttribute("scope", "row");
        if (year.isPresent()) {
            cell(row, rowId, "received", name, Integer.toString(f.total()), behind.apply(Behind.ALL), f.total());
            cell(row, rowId, "open", name, Integer.toString(f.open()), behind.apply(Behind.OPEN), f.open());
            overdue(row, rowId, name, f, behind);
            OptionalDouble rate = f.resolutionRate();
            cell(row, rowId, "rate", name, rate.isPresent()
                            ? getTranslation("district.rate.value", percent(rate.getAsDouble()),
                                    Integer.toString(f.resolvedOfTotal()), Integer.toString(f.total()))
                            : getTranslation("dashboard.figure.none"),
                    behind.apply(Behind.RESOLVED), f.resolvedOfTotal());
            OptionalDouble median = f.medianDaysToResolve();
            cell(row, rowId, "median", name, median.isPresent()
                            ? getTranslation("dashboard.figure.median.value", days(median.getAsDouble()))
                            : getTranslation("dashboard.figure.none"),
                    behind.apply(Behind.RESOLVED), f.resolvedOfTotal());
        } else {
            cell(row, rowId, "open", name, Integer.toString(f.open()), behind.apply(Behind.OPEN), f.open());
            overdue(row, rowId, name, f, behind);
            cell(row, rowId, "awaiting", name, Integer.toString(f.awaitingReview()),
                    behind.apply(Behind.AWAITING_REVIEW), f.awaitingReview());
            cell(row, rowId, "waiting", name, Integer.toString(f.waitingOnHigherLevel()),
                    behind.apply(Behind.WAITING_ON_HIGHER_LEVEL), f.waitingOnHigherLevel());
        }
    }

    private void overdue(NativeTableRow row, String rowId, String name, Figures f,
            Function<Behind, OversightFilter> behind) {
        NativeTableCell cell = cell(row, rowId, "overdue", name, Integer.toString(f.overdue()),
                behind.apply(Behind.OVERDUE), f.overdue());
        if (f.overdue() > 0) {
            cell.addClassName("alert");
        }
    }

    /** A number; a link to its list when there is anything to list, else plain text (a link to nothing misleads). */
    private NativeTableCell cell(NativeTableRow row, String rowId, String figure, String name, String text,
            OversightFilter filter, int listed) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName("num");
        // A phone shows each row as a card, every number under its column's name (styles.css, .district-table).
        cell.getElement().setAttribute("data-label", getTranslation("district.column." + figure));
        Component content;
        if (listed > 0) {
            Anchor link = RouteLink.to(OversightLinks.list(filter), text);
            link.getElement().setAttribute("aria-label",
                    getTranslation("district.figure.label", getTranslation("district.column." + figure), name, text));
            content = link;
        } else {
            content = new com.vaadin.flow.component.html.Span(text);
        }
        content.setId(id + "-" + rowId + "-" + figure);
        cell.add(content);
        return cell;
    }

    private String percent(double rate) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        return percent.format(rate);
    }

    private String days(double median) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(median);
    }
}
