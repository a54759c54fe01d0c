package vn.petitionboard.dashboard.ui;

import static vn.petitionboard.dashboard.ui.DashboardTable.head;
import static vn.petitionboard.dashboard.ui.DashboardTable.number;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import vn.petitionboard.dashboard.Dashboard;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.dashboard.Dashboard.YearRow;
import vn.petitionboard.petition.PetitionState;

/**
 * The three charts, each with its table: open by domain, load by department, and in between either received against
 * resolved by month (a year) or how old what is still open is (by the year it was received).
 */
final class ChartCards extends Div {

    ChartCards(Dashboard data) {
        Section middle = data.filter().year()
                .map(year -> monthChart(data.byMonth(), Integer.toString(year)))
                .orElseGet(() -> ageChart(data.openByYear()));
        add(domainChart(data.byDomain()), middle, departmentChart(data.byDepartment()));
        addClassName("dashboard-charts");
    }

    private Section domainChart(List<DomainRow> rows) {
        NativeTable table = DashboardTable.create("domain", getTranslation("dashboard.table.domain"));
        List<PetitionState> states = List.copyOf(PetitionState.UNRESOLVED);
        NativeTableRow head = head(table);
        states.forEach(s -> head.addHeaderCell().setText(getTranslation("state." + s.name())));
        head.addHeaderCell().setText(getTranslation("dashboard.table.total"));
        for (DomainRow row : rows) {
            if (row.open() == 0) {
                continue;
            }
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(row.domainName());
            states.forEach(s -> number(tr, row.count(s)));
            number(tr, row.open());
        }
        boolean empty = rows.stream().allMatch(r -> r.open() == 0);
        String svg = DashboardCharts.openByDomain(rows.stream().filter(r -> r.open() > 0).toList(),
                s -> getTranslation("state." + s.name()), getTranslation("dashboard.chart.count"));
        return chartSection("domain", getTranslation("dashboard.chart.domain"), svg, table, empty);
    }

    private Section monthChart(List<MonthRow> months, String year) {
        NativeTable table = DashboardTable.create("month", getTranslation("dashboard.table.month"));
        NativeTableRow head = head(table);
        head.addHeaderCell().setText(getTranslation("dashboard.table.received"));
        head.addHeaderCell().setText(getTranslation("dashboard.table.resolved"));
        for (MonthRow month : months) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(getTranslation("dashboard.table.monthName", Integer.toString(month.month())));
            number(tr, month.received());
            number(tr, month.resolved());
        }
        boolean empty = months.stream().allMatch(m -> m.received() == 0 && m.resolved() == 0);
        String svg = DashboardCharts.receivedVsResolved(months, getTranslation("dashboard.table.month"),
                getTranslation("dashboard.table.received"), getTranslation("dashboard.table.resolved"),
                getTranslation("dashboard.chart.count"));
        return chartSection("month", getTranslation("dashboard.chart.month", year), svg, table, empty);
    }

    private Section ageChart(List<YearRow> years) {
        NativeTable table = DashboardTable.create("age", getTranslation("dashboard.table.yearReceived"));
        NativeTableRow head = head(table);
        head.addHeaderCell().setText(getTranslation("dashboard.table.open"));
        head.addHeaderCell().setText(getTranslation("dashboard.table.overdue"));
        for (YearRow year : years) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(Integer.toString(year.year()));
            number(tr, year.open());
            number(tr, year.overdue());
        }
        String svg = DashboardCharts.openByYear(years, getTranslation("dashboard.table.yearReceived"),
                getTranslation("dashboard.table.open"), getTranslation("dashboard.table.overdue"),
                getTranslation("dashboard.chart.count"));
        return chartSection("age", getTranslation("dashboard.chart.age"), svg, table, years.isEmpty());
    }

    private Section departmentChart(List<DepartmentRow> rows) {
        NativeTable table = DashboardTable.create("department", getTranslation("dashboard.table.department"));
        NativeTableRow head = head(table);
        head.addHeaderCell().setText(getTranslation("dashboard.table.open"));
        head.addHeaderCell().setText(getTranslation("dashboard.table.overdue"));
        String unassigned = getTranslation("dashboard.table.unassigned");
        for (DepartmentRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(row.departmentName() == null ? unassigned : row.departmentName());
            number(tr, row.open());
            number(tr, row.overdue());
        }
        String svg = DashboardCharts.departmentLoad(rows, unassigned, getTranslation("dashboard.table.open"),
                getTranslation("dashboard.table.overdue"), getTranslation("dashboard.chart.count"));
        return chartSection("department", getTranslation("dashboard.chart.department"), svg, table, rows.isEmpty());
    }

    private Section chartSection(String id, String title, String svg, NativeTable table, boolean empty) {
        H2 heading = new H2(title);
        heading.setId("chart-title-" + id);
        Section section = new Section(heading);
        section.addClassName("dashboard-card");
        section.setId("section-" + id);
        if (empty) {
            Paragraph none = new Paragraph(getTranslation("dashboard.chart.empty"));
            none.addClassName("dashboard-empty");
            section.add(none);
            return section;
        }
        Div chart = new Div();
        chart.addClassName("dashboard-chart");
        chart.setId("chart-" + id);
        // Trusted markup: JFreeSVG's output, in which every label is escaped as XML text.
        chart.getElement().setProperty("innerHTML", svg);
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", title);
        Details details = new Details(getTranslation("dashboard.table.show"), table);
        details.setId("table-toggle-" + id);
        details.addClassName("dashboard-table-toggle");
        section.add(chart, details);
        return section;
    }
}
