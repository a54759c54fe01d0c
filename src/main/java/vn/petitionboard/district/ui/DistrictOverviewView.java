package vn.petitionboard.district.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.AddressBar;
import vn.petitionboard.district.DistrictOverview;
import vn.petitionboard.district.DistrictOverview.DomainRow;
import vn.petitionboard.district.DistrictOverview.WardRow;
import vn.petitionboard.district.DistrictService;
import vn.petitionboard.district.OversightFilter;
import vn.petitionboard.security.Permissions;

/**
 * "Tổng quan quận": a district's wards side by side (received, open, overdue, share resolved, median days), the
 * district's total, and its domains across the wards; every number opens the list of the petitions it counts. It
 * opens on this year (the rate and the median need a year); "still open" is one choice away. Only a district's
 * leaders and Front carry the authority, so the menu shows it to no one else.
 */
@Route("district")
@Menu(order = 31, icon = "vaadin:sitemap", title = "nav.district")
@RolesAllowed(Permissions.DISTRICT_OVERSIGHT)
public class DistrictOverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DistrictService district;
    private final Clock clock;
    private final Select<Integer> yearSelect = new Select<>();
    private final H1 title = new H1();
    private final Paragraph note = new Paragraph();
    private final Div content = new Div();

    public DistrictOverviewView(DistrictService district, Clock clock) {
        this.district = district;
        this.clock = clock;
        addClassNames("dashboard-view", "district-view");
        yearSelect.setLabel(getTranslation("dashboard.year"));
        yearSelect.setId("year-select");
        yearSelect.setEmptySelectionAllowed(true);
        yearSelect.setEmptySelectionCaption(getTranslation("dashboard.year.stillOpen"));
        yearSelect.setItemLabelGenerator(y -> y == null ? getTranslation("dashboard.year.stillOpen")
                : getTranslation("dashboard.year.received", Integer.toString(y)));
        yearSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Optional<Integer> year = Optional.ofNullable(e.getValue());
                AddressBar.replace(OversightLinks.OVERVIEW, QueryParameters.simple(
                        Map.of(OversightLinks.YEAR, OversightLinks.yearParameter(year))));
                refresh(year);
            }
        });
        Div filters = new Div(yearSelect);
        filters.addClassName("dashboard-filters");
        note.addClassName("dashboard-note");
        note.setId("district-note");
        content.addClassName("dashboard-content");
        add(title, filters, note, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int thisYear = LocalDate.now(clock).getYear();
        Optional<Integer> year = OversightLinks.year(event.getLocation().getQueryParameters(), Optional.of(thisYear));
        List<Integer> years = new ArrayList<>(district.years());
        year.filter(y -> !years.contains(y)).ifPresent(y -> {
            years.add(y);
            years.sort((a, b) -> b - a);
        });
        yearSelect.setItems(years);
        yearSelect.setValue(year.orElse(null));
        refresh(year);
    }

    private void refresh(Optional<Integer> year) {
        DistrictOverview data = district.overview(year);
        title.setText(getTranslation("district.title.of", data.districtName()));
        String today = Formats.date(data.today());
        note.setText(year.map(y -> getTranslation("district.year.note", Integer.toString(y), today))
                .orElseGet(() -> getTranslation("district.stillOpen.note", today)));
        content.removeAll();
        if (!data.hasWards()) {
            Paragraph empty = new Paragraph(getTranslation("district.noWards"));
            empty.addClassName("dashboard-empty");
            empty.setId("district-empty");
            content.add(empty);
            return;
        }
        content.add(wards(data, year), domains(data, year));
    }

    private Div wards(DistrictOverview data, Optional<Integer> year) {
        FigureTable table = new FigureTable("wards", getTranslation("district.column.ward"), year, getLocale());
        for (WardRow row : data.wards()) {
            table.row("ward-" + row.ward().id().value(), row.ward().name(), row.figures(),
                    behind -> new OversightFilter(year, Optional.of(row.ward().id()), Optional.empty(), behind),
                    false);
        }
        table.row("district", getTranslation("district.total"), data.district(),
                behind -> new OversightFilter(year, Optional.empty(), Optional.empty(), behind), true);
        return card("district-wards", getTranslation("district.byWard"), table);
    }

    private Div domains(DistrictOverview data, Optional<Integer> year) {
        if (data.domains().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dashboard.chart.empty"));
            empty.addClassName("dashboard-empty");
            empty.setId("domains-empty");
            return card("district-domains", getTranslation("district.byDomain"), empty);
        }
        FigureTable table = new FigureTable("domains", getTranslation("dashboard.table.domain"), year, getLocale());
        for (DomainRow row : data.domains()) {
            table.row("domain-" + row.domain().value(), row.name(), row.figures(),
                    behind -> new OversightFilter(year, Optional.empty(), Optional.of(row.domain()), behind), false);
        }
        return card("district-domains", getTranslation("district.byDomain"), table);
    }

    private static Div card(String id, String heading, com.vaadin.flow.component.Component body) {
        Div card = new Div(new H2(heading), body);
        card.setId(id);
        card.addClassName("dashboard-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.title") + " · " + getTranslation("app.title");
    }
}
