package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.petitionboard.admin.Domain;
import vn.petitionboard.admin.DomainAdminService;
import vn.petitionboard.admin.DomainCommands;
import vn.petitionboard.security.Permissions;

/** The petition topics (lĩnh vực), for the administrator: add, rename (the search follows), take out of use and back. */
@Route("admin/domains")
@Menu(order = 103, icon = "vaadin:tags", title = "nav.admin.domains")
@RolesAllowed(Permissions.ADMIN)
public class DomainsView extends Main implements HasDynamicTitle {

    private final DomainAdminService domains;
    private final Grid<Domain> grid = new Grid<>();

    public DomainsView(DomainAdminService domains) {
        this.domains = domains;
        addClassName("reference-view");
        grid.setId("domains-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Domain::name).setHeader(getTranslation("admin.common.name")).setFlexGrow(1);
        ReferenceRows.statusColumn(grid, Domain::active);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        ReferenceRows.compactOnPhone(grid, Domain::name, Domain::active, this::actions);
        grid.setItems(query -> domains.domains(query.getOffset(), query.getLimit()).stream(),
                query -> domains.countDomains());

        Button add = new Button(getTranslation("admin.domains.add"), VaadinIcon.PLUS.create(),
                e -> new NameDialog(getTranslation("admin.domains.add"), "",
                        name -> domains.add(new DomainCommands.Add(name)), this::reload).open());
        add.setId("domain-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new H1(getTranslation("admin.domains.title")), add);
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(getTranslation("admin.domains.hint"));
        hint.addClassName("view-hint");
        add(heading, hint, grid);
    }

    private Div actions(Domain domain) {
        Button rename = ReferenceRows.renameButton(this, domain.name(), "domain-rename-" + domain.id(),
                () -> new NameDialog(getTranslation("admin.common.renameOf", domain.name()), domain.name(),
                        name -> domains.rename(new DomainCommands.Rename(domain.id(),
                                domain.version(), name)), this::reload).open());
        var target = new DomainCommands.Target(domain.id(), domain.version());
        Button toggle = ReferenceRows.activeButton(this, domain.name(), domain.active(),
                "domain-" + (domain.active() ? "deactivate-" : "reactivate-") + domain.id(),
                () -> AdminNotices.show(this, domain.active() ? domains.deactivate(target)
                        : domains.reactivate(target), this::reload));
        Div actions = new Div(rename, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.domains.title");
    }
}
