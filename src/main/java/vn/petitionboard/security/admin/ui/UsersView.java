package vn.petitionboard.security.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.admin.UserAdminService;
import vn.petitionboard.security.admin.UserSummary;

/** The unit's users and their roles, for the administrator. */
@Route("admin/users")
@Menu(order = 100, icon = "vaadin:users", title = "nav.admin.users")
@RolesAllowed(Permissions.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    public UsersView(UserAdminService users) {
        addClassName("users-view");
        Grid<UserSummary> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("admin.users.fullName")).setAutoWidth(true);
        grid.addColumn(UserSummary::positionTitle).setHeader(getTranslation("admin.users.position"))
                .setFlexGrow(1).setWidth("18rem");
        grid.addColumn(UserSummary::departmentName).setHeader(getTranslation("admin.users.department"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "admin.users.yes" : "admin.users.no"))
                .setHeader(getTranslation("admin.users.enabled")).setAutoWidth(true);
        grid.setItems(query -> users.users(query.getOffset(), query.getLimit()).stream(), query -> users.countUsers());
        add(new H1(getTranslation("admin.users.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
