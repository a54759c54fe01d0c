package vn.petitionboard.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.dashboard.ConferenceChoice;
import vn.petitionboard.dashboard.Dashboard;
import vn.petitionboard.dashboard.Dashboard.DepartmentRow;
import vn.petitionboard.dashboard.Dashboard.DomainRow;
import vn.petitionboard.dashboard.Dashboard.EscalatedItem;
import vn.petitionboard.dashboard.Dashboard.Figures;
import vn.petitionboard.dashboard.Dashboard.MonthRow;
import vn.petitionboard.dashboard.DashboardFilter;
import vn.petitionboard.dashboard.DashboardService;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.petition.ui.PetitionDetailsView;
import vn.petitionboard.security.Permissions;

/**
 * The leaders' overview: headline figures, three charts each with its table, the domain × state table and what
 * waits on the higher level. Filters live in the URL: {@code ?year=2020&conference=2&domain=MT}.
 */
@Route("dashboard")
@Menu(order = 30, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.FRONT_REVIEWER})
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR = "year";
    static final String CONFERENCE = "conference";
    static final String DOMAIN = "domain";

    private final DashboardService dashboard;
    private final List<DomainOption> domains;
    private final List<ConferenceChoice> conferences;
    private final Select<Integer> yearSelect = new Select<>();
    private final Select<ConferenceChoice> conferenceSelect = new Select<>();
    private final Select<DomainOption> domainSelect = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Div content = new Div();

    public DashboardView(DashboardService dashboard, OrganisationService organisation) {
        this.dashboard = dashboard;
        this.domains = organisation.activeDomains();
        this.conferences = dashboard.conferences();
        addClassName("dashboard-view");

        yearSelect.setLabel(getTranslation("dashboard.year"));
        yearSelect.setId("year-select");
        yearSelect.setItemLabelGenerator(String::valueOf);

        conferenceSelect.setLabel(getTranslation("dashboard.conference"));
        conferenceSelect.setId("conference-select");
        conferenceSelect.setItems(conferences);
        conferenceSelect.setEmptySelectionAllowed(true);
        conferenceSelect.setEmptySelectionCaption(getTranslation("dashboard.conference.all"));
        conferenceSelect.setItemLabelGenerator(c -> c == null ? getTranslation("dashboard.conference.all")
                : getTranslation("dashboard.conference.label", c.title(), Formats.date(c.heldOn())));

        domainSelect.setLabel(getTranslation("dashboard.domain"));
        domainSelect.setId("domain-select");
        domainSelect.setItems(domains);
        domainSelect.setEmptySelectionAllowed(true);
        domainSelect.setEmptySelectionCaption(getTranslation("dashboard.domain.all"));
        domainSelect.setItemLabelGenerator(d -> d == null ? getTranslation("dashboard.domain.all") : d.name());

        for (Select<?> select : List.of(yearSelect, conferenceSelect, domainSelect)) {
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    rememberInUrl();
                    refresh();
                }
            });
        }
        Div filters = new Div(yearSelect, conferenceSelect, domainSelect);
        filters.addClassName("dashboard-filters");
        note.addClassName("dashboard-note");
        note.setId("dashboard-note");
        content.addClassName("dashboard-content");
        add(new H1(getTranslation("dashboard.title")), filters, note, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<Integer> years = new ArrayList<>(dashboard.years());
        int year = query.getSingleParameter(YEAR).flatMap(DashboardView::parseInt)
                .orElseGet(dashboard::defaultYear);
        if (!years.contains(year)) {
            years.add(year);
            years.sort((a, b) -> b - a);
        }
        yearSelect.setItems(years);
        yearSelect.setValue(year);
        conferenceSelect.setValue(query.getSingleParameter(CONFERENCE).flatMap(DashboardView::parseLong)
                .flatMap(id -> conferences.stream().filter(c -> c.id().value() == id).findFirst()).orElse(null));
        domainSelect.setValue(query.getSingleParameter(DOMAIN)
                .flatMap(code -> domains.stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst())
                .orElse(null));
        refresh();
    }

    private void refresh() {
        DashboardFilter filter = DashboardFilter.year(yearSelect.getValue())
                .withConference(Optional.ofNullable(conferenceSelect.getValue()).map(ConferenceChoice::id).orElse(null))
                .withDomain(Optional.ofNullable(domainSelect.getValue()).map(DomainOption::id).orElse(null));
        Dashboard data = dashboard.load(filter);
        String year = Integer.toString(filter.year());
        note.setText(getTranslation("dashboard.year.note", year));
        content.removeAll();
        content.add(figures(data.figures(), year));
        Div charts = new Div(domainChart(data.byDomain()), monthChart(data.byMonth(), year),
                departmentChart(data.byDepartment()));
        charts.addClassName("dashboard-charts");
        content.add(charts, domainStateTable(data.byDomain()), escalated(data.escalated()));
    }

    // ---- Figures

    private Div figures(Figures f, String year) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(0);
        OptionalDouble rate = f.resolutionRate();
        OptionalDouble median = f.medianDaysToResolve();
        Div figures = new Div(
                figure("open", getTranslation("dashboard.figure.open"), Integer.toString(f.open()), null),
                figure("overdue", getTranslation("dashboard.figure.overdue"), Integer.toString(f.overdue()), null),
                figure("awaiting", getTranslation("dashboard.figure.awaitingReview"),
                        Integer.toString(f.awaitingReview()), null),
                figure("resolved", getTranslation("dashboard.figure.resolvedInYear", year),
                        Integer.toString(f.resolvedInYear()), null),
                figure("rate", getTranslation("dashboard.figure.rate"),
                        rate.isPresent() ? percent.format(rate.getAsDouble()) : getTranslation("dashboard.figure.none"),
                        getTranslation("dashboard.figure.rate.detail", Integer.toString(f.resolvedOfTotal()),
                                Integer.toString(f.total()))),
                figure("median", getTranslation("dashboard.figure.median"),
                        median.isPresent() ? getTranslation("dashboard.figure.median.value", days(median))
                                : getTranslation("dashboard.figure.none"), null));
        figures.addClassName("dashboard-figures");
        if (f.overdue() > 0) {
            figures.getChildren().skip(1).findFirst().ifPresent(c -> c.addClassName("alert"));
        }
        return figures;
    }

    private String days(OptionalDouble median) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(median.getAsDouble());
    }

    private static Div figure(String id, String label, String value, String detail) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("figure-value");
        valueSpan.setId("figure-" + id);
        Span labelSpan = new Span(label);
        labelSpan.addClassName("figure-label");
        Div card = new Div(valueSpan, labelSpan);
        if (detail != null) {
            Span detailSpan = new Span(detail);
            detailSpan.addClassName("figure-detail");
            card.add(detailSpan);
        }
        card.addClassName("figure");
        return card;
    }

    // ---- Charts, each with the table of the same numbers

    private Section domainChart(List<DomainRow> rows) {
        NativeTable table = table("domain", getTranslation("dashboard.table.domain"));
        List<PetitionState> states = List.copyOf(PetitionState.UNRESOLVED);
        NativeTableRow head = table.getHead().getRows().getFirst();
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
        NativeTable table = table("month", getTranslation("dashboard.table.month"));
        NativeTableRow head = table.getHead().getRows().getFirst();
        head.addHeaderCell().setText(getTranslation("dashboard.table.received"));
        head.addHeaderCell().setText(getTranslation("dashboard.table.resolved"));
        for (MonthRow month : months) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(monthName(month.month()));
            number(tr, month.received());
            number(tr, month.resolved());
        }
        boolean empty = months.stream().allMatch(m -> m.received() == 0 && m.resolved() == 0);
        String svg = DashboardCharts.receivedVsResolved(months, getTranslation("dashboard.table.month"),
                getTranslation("dashboard.table.received"), getTranslation("dashboard.table.resolved"),
                getTranslation("dashboard.chart.count"));
        return chartSection("month", getTranslation("dashboard.chart.month", year), svg, table, empty);
    }

    private Section departmentChart(List<DepartmentRow> rows) {
        NativeTable table = table("department", getTranslation("dashboard.table.department"));
        NativeTableRow head = table.getHead().getRows().getFirst();
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

    private String monthName(int month) {
        return getTranslation("dashboard.table.monthName", Integer.toString(month));
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

    // ---- Domain × state and escalations

    private Section domainStateTable(List<DomainRow> rows) {
        NativeTable table = table("domain-state", getTranslation("dashboard.table.domain"));
        NativeTableRow head = table.getHead().getRows().getFirst();
        for (PetitionState state : PetitionState.values()) {
            head.addHeaderCell().setText(getTranslation("state." + state.name()));
        }
        head.addHeaderCell().setText(getTranslation("dashboard.table.total"));
        Map<PetitionState, Integer> totals = new LinkedHashMap<>();
        for (DomainRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(row.domainName());
            int sum = 0;
            for (PetitionState state : PetitionState.values()) {
                number(tr, row.count(state));
                sum += row.count(state);
                totals.merge(state, row.count(state), Integer::sum);
            }
            number(tr, sum);
        }
        NativeTableRow foot = table.getFoot().addRow();
        foot.addHeaderCell().setText(getTranslation("dashboard.table.total"));
        int all = 0;
        for (PetitionState state : PetitionState.values()) {
            number(foot, totals.getOrDefault(state, 0));
            all += totals.getOrDefault(state, 0);
        }
        number(foot, all);
        Section section = new Section(new H2(getTranslation("dashboard.domainState.title")));
        section.addClassName("dashboard-card");
        section.addClassName("dashboard-wide");
        section.setId("section-domain-state");
        Div scroll = new Div(table);
        scroll.addClassName("dashboard-table-scroll");
        section.add(scroll);
        return section;
    }

    private Section escalated(List<EscalatedItem> items) {
        Section section = new Section(new H2(getTranslation("dashboard.escalated.title")));
        section.addClassName("dashboard-card");
        section.addClassName("dashboard-wide");
        section.setId("section-escalated");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.escalated.empty"));
            none.addClassName("dashboard-empty");
            section.add(none);
            return section;
        }
        NativeTable table = table("escalated", getTranslation("dashboard.escalated.code"));
        table.removeClassName("numeric");
        NativeTableRow head = table.getHead().getRows().getFirst();
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.petition"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.sentTo"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.sentOn"));
        head.addHeaderCell().setText(getTranslation("dashboard.escalated.days"));
        for (EscalatedItem item : items) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().add(new RouterLink(item.code(), PetitionDetailsView.class,
                    new RouteParameters("id", Long.toString(item.id().value()))));
            tr.addDataCell().setText(item.title());
            tr.addDataCell().setText(item.sentTo() == null ? "" : item.sentTo());
            tr.addDataCell().setText(Formats.date(item.sentOn()));
            number(tr, item.daysWaiting());
        }
        Div scroll = new Div(table);
        scroll.addClassName("dashboard-table-scroll");
        section.add(scroll);
        return section;
    }

    // ---- Helpers

    private static NativeTable table(String id, String firstHeader) {
        NativeTable table = new NativeTable();
        table.setId("table-" + id);
        table.addClassName("dashboard-table");
        table.addClassName("numeric");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(firstHeader);
        return table;
    }

    private static void number(NativeTableRow row, int value) {
        var cell = row.addDataCell();
        cell.setText(Integer.toString(value));
        cell.addClassName("num");
    }

    private void rememberInUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(YEAR, Integer.toString(yearSelect.getValue()));
        if (conferenceSelect.getValue() != null) {
            parameters.put(CONFERENCE, Long.toString(conferenceSelect.getValue().id().value()));
        }
        if (domainSelect.getValue() != null) {
            parameters.put(DOMAIN, domainSelect.getValue().code());
        }
        String url = RouteConfiguration.forSessionScope().getUrl(DashboardView.class);
        UI.getCurrent().getPage().getHistory().replaceState(null,
                url + "?" + QueryParameters.simple(parameters).getQueryString());
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }
}
