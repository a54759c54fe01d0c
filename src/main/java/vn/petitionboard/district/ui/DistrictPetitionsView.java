package vn.petitionboard.district.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.base.ui.RouteLink;
import vn.petitionboard.district.Behind;
import vn.petitionboard.district.DistrictOverview.WardOption;
import vn.petitionboard.district.DistrictService;
import vn.petitionboard.district.OversightFilter;
import vn.petitionboard.organisation.DomainOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.security.Permissions;

/**
 * The list behind a figure of the district's overview: the wards' petitions it counted, read-only. Ward, domain and
 * which petitions can be changed here; the year comes with the figure. Everything lives in the query string
 * ({@code ?year=2026&ward=12&show=overdue}), so the back button returns to the same list.
 */
@Route("district/petitions")
@RolesAllowed(Permissions.DISTRICT_OVERSIGHT)
public class DistrictPetitionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DistrictService district;
    private final Clock clock;
    private final List<DomainOption> domains;
    private final Select<WardOption> wardSelect = new Select<>();
    private final Select<DomainOption> domainSelect = new Select<>();
    private final Select<Behind> showSelect = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Span total = new Span();
    private final OversightGrid grid = new OversightGrid();
    private final Div back = new Div();
    private OversightFilter filter = OversightFilter.stillOpen();

    public DistrictPetitionsView(DistrictService district, OrganisationService organisation, Clock clock) {
        this.district = district;
        this.clock = clock;
        this.domains = organisation.activeDomains();
        addClassNames("list-view", "district-list-view");

        wardSelect.setLabel(getTranslation("district.column.ward"));
        wardSelect.setId("ward-select");
        wardSelect.setEmptySelectionAllowed(true);
        wardSelect.setEmptySelectionCaption(getTranslation("district.ward.all"));
        wardSelect.setItemLabelGenerator(w -> w == null ? getTranslation("district.ward.all") : w.name());
        domainSelect.setLabel(getTranslation("dashboard.domain"));
        domainSelect.setId("domain-select");
        domainSelect.setItems(domains);
        domainSelect.setEmptySelectionAllowed(true);
        domainSelect.setEmptySelectionCaption(getTranslation("dashboard.domain.all"));
        domainSelect.setItemLabelGenerator(d -> d == null ? getTranslation("dashboard.domain.all") : d.name());
        showSelect.setLabel(getTranslation("district.show"));
        showSelect.setId("show-select");
        showSelect.setItems(Arrays.asList(Behind.values()));
        showSelect.setItemLabelGenerator(b -> getTranslation("district.show." + b.parameter()));
        for (Select<?> select : List.of(wardSelect, domainSelect, showSelect)) {
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    navigate();
                }
            });
        }
        Div filters = new Div(wardSelect, domainSelect, showSelect);
        filters.addClassName("dashboard-filters");
        note.addClassName("dashboard-note");
        note.setId("district-list-note");
        total.setId("district-list-total");
        total.addClassName("petition-list-total");
        back.addClassName("district-back");
        add(back, new H1(getTranslation("district.list.title")), filters, note, total, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = OversightLinks.filter(event.getLocation().getQueryParameters(),
                Optional.of(LocalDate.now(clock).getYear()));
        List<WardOption> wards = district.wards();
        if (filter.ward().isPresent() && wards.stream().noneMatch(w -> w.id().equals(filter.ward().get()))) {
            // Another district's ward, or none: the same page as a petition the user may not see. The service
            // refuses it as well, for whoever calls it without this page.
            event.rerouteToError(NotFoundException.class, "district.ward.notFound");
            return;
        }
        wardSelect.setItems(wards);
        wardSelect.setValue(filter.ward().flatMap(id -> wards.stream().filter(w -> w.id().equals(id)).findFirst())
                .orElse(null));
        domainSelect.setValue(filter.domain()
                .flatMap(id -> domains.stream().filter(d -> d.id().equals(id)).findFirst()).orElse(null));
        showSelect.setValue(filter.behind());
        back.removeAll();
        back.add(RouteLink.to(OversightLinks.overview(filter.year()), getTranslation("district.back")));
        note.setText(filter.year().map(y -> getTranslation("district.list.year", Integer.toString(y)))
                .orElseGet(() -> getTranslation("district.list.stillOpen")));
        grid.show(district, filter, n -> total.setText(getTranslation("district.list.total", Integer.toString(n))));
    }

    private void navigate() {
        OversightFilter chosen = new OversightFilter(filter.year(),
                Optional.ofNullable(wardSelect.getValue()).map(WardOption::id),
                Optional.ofNullable(domainSelect.getValue()).map(DomainOption::id),
                Optional.ofNullable(showSelect.getValue()).orElse(Behind.ALL));
        UI.getCurrent().navigate(OversightLinks.LIST, OversightLinks.query(chosen));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.list.title") + " · " + getTranslation("app.title");
    }
}
