package vn.petitionboard.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.report.ReportRow;

/**
 * The report's rows, each cell from a Lit template filled with the row's values (Lit writes them as text). A long
 * report scrolls inside a grid of its own height, which renders only the rows in view: a grid of components with every
 * row visible took minutes in the browser for a report of 4,000 rows.
 */
class ReportRowsGrid extends Grid<ReportRow> {

    /** Up to this many rows the grid grows with them (no scroll inside the page); beyond, it scrolls, lazily. */
    static final int ALL_VISIBLE_MAX = 50;

    ReportRowsGrid() {
        setId("report-rows");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addClassName("report-rows");
        // Who raised it sits under the petition, and the department under the domain, so that the two long texts
        // (petition, answer or progress) keep room on a laptop screen.
        addColumn(LitRenderer.<ReportRow>of("""
                        <div class="report-code" data-code=${item.code}>${item.code}\
                        <span class="report-earlier" ?hidden=${!item.earlier}>${item.earlier}</span></div>""")
                .withProperty("code", ReportRow::code)
                .withProperty("earlier", row -> row.fromLowerUnit()
                        ? getTranslation("report.fromLowerUnitShort")
                        : row.fromEarlierConference()
                        ? getTranslation("report.earlier", String.valueOf(row.conferenceYear())) : ""))
                .setHeader(getTranslation("report.code")).setWidth("8.5rem").setFlexGrow(0);
        addColumn(LitRenderer.<ReportRow>of("""
                        <div class="report-petition"><span class="report-petition-title">${item.title}</span>\
                        <span class="report-petition-content">${item.content}</span>\
                        <span class="report-petition-who" ?hidden=${!item.who}>${item.who}</span></div>""")
                .withProperty("title", ReportRow::title)
                .withProperty("content", ReportRow::content)
                .withProperty("who", row -> (row.delegates() == null ? ""
                        : getTranslation("report.delegates") + ": " + row.delegates())
                        + (row.fromLowerUnit() ? " · " + getTranslation("report.fromLowerUnit", row.origin()) : "")))
                .setHeader(getTranslation("report.petition")).setFlexGrow(1);
        addColumn(LitRenderer.<ReportRow>of("""
                        <div class="report-domain"><span>${item.domain}</span>\
                        <span class="report-department" ?hidden=${!item.department}>${item.department}</span></div>""")
                .withProperty("domain", ReportRow::domainName)
                .withProperty("department", row -> row.departmentName() == null ? "" : row.departmentName()))
                .setHeader(getTranslation("report.domain") + " / " + getTranslation("report.department"))
                .setWidth("11rem").setFlexGrow(0);
        addColumn(LitRenderer.<ReportRow>of("""
                        <span class="state-badge ${item.stateClass}" data-code=${item.code} data-state=${item.state}>\
                        ${item.stateLabel}</span>""")
                .withProperty("code", ReportRow::code)
                .withProperty("state", row -> row.state().name())
                .withProperty("stateClass", row -> "state-" + row.state().name().toLowerCase())
                .withProperty("stateLabel", row -> getTranslation("state." + row.state().name())))
                .setHeader(getTranslation("report.state")).setWidth("8.5rem").setFlexGrow(0);
        addColumn(ReportRow::outcome).setHeader(getTranslation("report.outcome")).setFlexGrow(1);
        addColumn(LitRenderer.<ReportRow>of("<div class=\"report-dates\">${item.dates}</div>")
                .withProperty("dates", this::dates))
                .setHeader(getTranslation("report.dates")).setWidth("10rem").setFlexGrow(0);
        setEmptyStateText(getTranslation("report.empty"));
    }

    void show(List<ReportRow> rows) {
        setAllRowsVisible(rows.size() <= ALL_VISIBLE_MAX);
        setItems(rows);
    }

    /** Received, deadline, answered, resolved: one line each, those that happened. */
    private String dates(ReportRow row) {
        List<String> lines = new ArrayList<>(4);
        line(lines, "report.received", row.receivedOn());
        line(lines, "report.deadline", row.deadline());
        line(lines, "report.answered", row.answeredOn());
        line(lines, "report.resolved", row.resolvedOn());
        return String.join("\n", lines);
    }

    private void line(List<String> lines, String key, LocalDate date) {
        if (date != null) {
            lines.add(getTranslation(key, Formats.date(date)));
        }
    }
}
