package vn.petitionboard.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.ui.AddressBar;
import vn.petitionboard.dashboard.Dashboard;
import vn.petitionboard.dashboard.DashboardFilter;
import vn.petitionboard.dashboard.DashboardService;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.security.Permissions;

/**
 * The leaders' overview: headline figures, three charts each with its table, the domain × state table and what
 * waits on the higher level. It opens on everything still open, of every year; a year shows the petitions received in
 * it and what became of them. Filters live in the URL: {@code ?year=2020&conference=2&domain=MT}.
 */
@Route("dashboard")
@Menu(order = 30, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.FRONT_REVIEWER})
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final DashboardFilters filters;
    private final Paragraph note = new Paragraph();
    private final Div content = new Div();

    public DashboardView(DashboardService dashboard, OrganisationService organisation) {
        this.dashboard = dashboard;
        this.filters = new DashboardFilters(organisation.activeDomains(), dashboard.conferences(), () -> {
            rememberInUrl();
            refresh();
        });
        addClassName("dashboard-view");
        note.addClassName("dashboard-note");
        note.setId("dashboard-note");
        content.addClassName("dashboard-content");
        add(new H1(getTranslation("dashboard.title")), filters, note, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters(), dashboard.years());
        refresh();
    }

    private void refresh() {
        DashboardFilter filter = filters.filter();
        Dashboard data = dashboard.load(filter);
        String today = Formats.date(data.today());
        note.setText(filter.year().map(y -> getTranslation("dashboard.year.note", Integer.toString(y), today))
                .orElseGet(() -> getTranslation("dashboard.stillOpen.note", today)));
        content.removeAll();
        content.add(new FigureCards(data.figures(), filter.year()), new ChartCards(data),
                new DomainStateCard(data.byDomain(), filter.isStillOpen()), new EscalatedCard(data.escalated()));
    }

    private void rememberInUrl() {
        String url = RouteConfiguration.forSessionScope().getUrl(DashboardView.class);
        AddressBar.replace(url, filters.query());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }
}
