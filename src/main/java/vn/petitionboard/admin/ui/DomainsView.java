package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.Domain;
import vn.petitionboard.admin.DomainAdminService;
import vn.petitionboard.admin.DomainCommands;
import vn.petitionboard.security.Permissions;

/** The petition topics (lĩnh vực), for the administrator: add, rename (the search follows), take out of use and back. */
@Route("admin/domains")
@Menu(order = 103, icon = "vaadin:tags", title = "nav.admin.domains")
@RolesAllowed(Permissions.ADMIN)
public class DomainsView extends Main implements HasDynamicTitle {

    public DomainsView(DomainAdminService domains) {
        addClassName("reference-view");
        new ReferenceList<>(this, new Domains(domains));
    }

    private record Domains(DomainAdminService service) implements ReferenceKind<Domain> {

        @Override
        public String kind() {
            return "domain";
        }

        @Override
        public List<Domain> page(int offset, int limit) {
            return service.domains(offset, limit);
        }

        @Override
        public int count() {
            return service.countDomains();
        }

        @Override
        public long id(Domain row) {
            return row.id().value();
        }

        @Override
        public String name(Domain row) {
            return row.name();
        }

        @Override
        public boolean active(Domain row) {
            return row.active();
        }

        @Override
        public AdminResult add(String name) {
            return service.add(new DomainCommands.Add(name));
        }

        @Override
        public AdminResult rename(Domain row, String name) {
            return service.rename(new DomainCommands.Rename(row.id(), row.version(), name));
        }

        @Override
        public AdminResult setActive(Domain row, boolean active) {
            var target = new DomainCommands.Target(row.id(), row.version());
            return active ? service.reactivate(target) : service.deactivate(target);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.domains.title");
    }
}
