package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import vn.petitionboard.base.ui.AddressBar;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.ExcelLabels;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionListFilter;
import vn.petitionboard.petition.PetitionSearchService;
import vn.petitionboard.petition.live.PetitionChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInUser;

/**
 * Every petition the user may see, resolved ones too, filtered and searched without regard to diacritics ("giai
 * phong mat bang" finds "giải phóng mặt bằng"). The filters live in the query string, so a list can be bookmarked or
 * sent; "Xuất Excel" exports exactly the filtered list.
 */
@Route("petitions")
@Menu(order = 20, icon = "vaadin:list", title = "nav.petitions")
@RolesAllowed({Permissions.PARTY_SECRETARY, Permissions.COMMITTEE_CHAIR, Permissions.DEPARTMENT_OFFICER,
        Permissions.FRONT_REVIEWER, Permissions.CLERK})
public class PetitionListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CONFERENCES_SHOWN = 100;

    private final PetitionFilters filters;
    private final PetitionGrid grid;
    private final Span total = new Span();

    /** Read by the export request too, which runs outside the UI's lock. */
    private volatile PetitionListFilter filter = PetitionListFilter.all();

    public PetitionListView(PetitionSearchService petitions, OrganisationService organisation,
            ConferenceService conferenceService, PetitionChanges changes, CurrentUser currentUser) {
        ExcelLabels excelLabels = PetitionListExport.labels(this::getTranslation);
        addClassNames("list-view", "petition-list-view");

        H1 title = new H1(getTranslation("petitions.title"));
        total.setId("petition-list-total");
        total.addClassName("petition-list-total");
        Anchor export = new Anchor(PetitionListExport.handler(petitions, () -> filter, excelLabels),
                AttachmentType.DOWNLOAD, "");
        export.setId("petition-export");
        export.addClassName("petition-export");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("petitions.export")));
        Div heading = new Div(title, total, export);
        heading.addClassName("petition-list-heading");
        add(heading);

        SignedInUser user = currentUser.require();
        boolean departmentOnly = PetitionConditions.of(user).department().isPresent();
        if (departmentOnly) {
            Span scope = new Span(getTranslation("board.scope.department",
                    user.departmentName() == null ? "" : user.departmentName()));
            scope.addClassName("list-hint");
            scope.setId("petition-list-scope");
            add(scope);
        }
        filters = new PetitionFilters(organisation.activeDomains(), organisation.activeDepartments(),
                conferenceService.list(0, CONFERENCES_SHOWN), !departmentOnly, this::filtered);
        grid = new PetitionGrid(petitions, () -> filter,
                counted -> total.setText(getTranslation(counted.atLeast() ? "petitions.totalOver" : "petitions.total",
                        counted.count())));
        add(filters, grid);
        changes.whileAttached(this, user, batch -> grid.refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters().getParameters());
        filter = filters.filter();
        grid.refresh();
    }

    /** The user changed a filter: show the new list and keep the address in step with it. */
    private void filtered() {
        filter = filters.filter();
        rememberInUrl();
        grid.refresh();
    }

    private void rememberInUrl() {
        String url = RouteConfiguration.forSessionScope().getUrl(PetitionListView.class);
        AddressBar.replace(url, QueryParameters.simple(filters.query()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("petitions.title") + " · " + getTranslation("app.title");
    }
}
