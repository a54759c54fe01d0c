package vn.petitionboard.security.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import vn.petitionboard.base.ui.PhoneGrid;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.admin.UserAccount;
import vn.petitionboard.security.admin.UserAdminService;
import vn.petitionboard.security.admin.UserSummary;
import vn.petitionboard.security.signin.LoginThrottleService;

/** The unit's users and their roles, for the administrator: add, edit, disable, re-enable, reset a password. */
@Route("admin/users")
@Menu(order = 100, icon = "vaadin:users", title = "nav.admin.users")
@RolesAllowed(Permissions.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final OrganisationService organisation;
    private final LoginThrottleService throttle;
    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(UserAdminService users, OrganisationService organisation, LoginThrottleService throttle,
            ObjectProvider<JavaMailSender> mail) {
        this.users = users;
        this.organisation = organisation;
        this.throttle = throttle;
        addClassName("users-view");
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("admin.users.fullName")).setAutoWidth(true);
        grid.addColumn(UserSummary::positionTitle).setHeader(getTranslation("admin.users.position"))
                .setFlexGrow(1).setWidth("10rem");
        grid.addColumn(UserSummary::departmentName).setHeader(getTranslation("admin.users.department"))
                .setAutoWidth(true);
        grid.addColumn(this::roles).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        PhoneGrid.compactOnPhone(grid, grid.addComponentColumn(this::compact));
        grid.setItems(query -> users.users(query.getOffset(), query.getLimit()).stream(), query -> users.countUsers());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        Button add = new Button(getTranslation("admin.user.create.title"), VaadinIcon.PLUS.create(),
                e -> open(Optional.empty()));
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new H1(getTranslation("admin.users.title")), add);
        heading.addClassName("view-heading");
        add(heading);
        if (mail.getIfAvailable() == null) {
            // No MAIL_HOST: notifications stay in the app's bell only (docs/decisions/0023).
            Paragraph off = new Paragraph(getTranslation("mail.off"));
            off.setId("mail-off-notice");
            off.addClassName("mail-notice");
            add(off);
        }
        add(grid);
    }

    private String roles(UserSummary user) {
        return user.roles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }

    private Span status(UserSummary user) {
        Span badge = new Span(getTranslation(user.enabled() ? "admin.users.active" : "admin.users.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private Button editButton(UserSummary user) {
        Button edit = new Button(getTranslation("admin.users.edit"), VaadinIcon.EDIT.create(), e -> edit(user));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setId("user-edit-" + user.username());
        edit.setAriaLabel(getTranslation("admin.users.editOf", user.username()));
        return edit;
    }

    /** A phone's row: name and username, department and roles, status and the edit button. */
    private Div compact(UserSummary user) {
        Span name = new Span(user.fullName() + " · " + user.username());
        name.addClassName("compact-title");
        Span details = new Span(Optional.ofNullable(user.departmentName()).map(d -> d + " · ").orElse("")
                + roles(user));
        details.addClassName("compact-meta");
        Div actions = new Div(status(user), editButton(user));
        actions.addClassName("row-actions");
        Div row = new Div(name, details, actions);
        row.addClassName("compact-row");
        return row;
    }

    private void edit(UserSummary user) {
        Optional<UserAccount> account = users.account(user.id());
        if (account.isEmpty()) {
            Notification.show(getTranslation("admin.user.notFound"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            grid.getDataProvider().refreshAll();
            return;
        }
        open(account);
    }

    private void open(Optional<UserAccount> account) {
        new UserDialog(users, throttle, organisation.activeDepartments(), account, () -> grid.getDataProvider().refreshAll())
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
