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
import vn.petitionboard.admin.Department;
import vn.petitionboard.admin.DepartmentAdminService;
import vn.petitionboard.admin.DepartmentCommands;
import vn.petitionboard.security.Permissions;

/** The unit's departments, for the administrator: add, rename, take out of use and back. */
@Route("admin/departments")
@Menu(order = 102, icon = "vaadin:sitemap", title = "nav.admin.departments")
@RolesAllowed(Permissions.ADMIN)
public class DepartmentsView extends Main implements HasDynamicTitle {

    private final DepartmentAdminService departments;
    private final Grid<Department> grid = new Grid<>();

    public DepartmentsView(DepartmentAdminService departments) {
        this.departments = departments;
        addClassName("reference-view");
        grid.setId("departments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Department::name).setHeader(getTranslation("admin.common.name")).setFlexGrow(1);
        ReferenceRows.statusColumn(grid, Department::active);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        ReferenceRows.compactOnPhone(grid, Department::name, Department::active, this::actions);
        grid.setItems(query -> departments.departments(query.getOffset(), query.getLimit()).stream(),
                query -> departments.countDepartments());

        Button add = new Button(getTranslation("admin.departments.add"), VaadinIcon.PLUS.create(),
                e -> new NameDialog(getTranslation("admin.departments.add"), "",
                        name -> departments.add(new DepartmentCommands.Add(name)), this::reload).open());
        add.setId("department-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new H1(getTranslation("admin.departments.title")), add);
        heading.addClassName("view-heading");
        Paragraph hint = new Paragraph(getTranslation("admin.departments.hint"));
        hint.addClassName("view-hint");
        add(heading, hint, grid);
    }

    private Div actions(Department department) {
        Button rename = ReferenceRows.renameButton(this, department.name(), "department-rename-" + department.id(),
                () -> new NameDialog(getTranslation("admin.common.renameOf", department.name()), department.name(),
                        name -> departments.rename(new DepartmentCommands.Rename(department.id(),
                                department.version(), name)), this::reload).open());
        var target = new DepartmentCommands.Target(department.id(), department.version());
        Button toggle = ReferenceRows.activeButton(this, department.name(), department.active(),
                "department-" + (department.active() ? "deactivate-" : "reactivate-") + department.id(),
                () -> AdminNotices.show(this, department.active() ? departments.deactivate(target)
                        : departments.reactivate(target), this::reload));
        Div actions = new Div(rename, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.departments.title");
    }
}
