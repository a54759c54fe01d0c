package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.Department;
import vn.petitionboard.admin.DepartmentAdminService;
import vn.petitionboard.admin.DepartmentCommands;
import vn.petitionboard.security.Permissions;

/** The unit's departments, for the administrator: add, rename, take out of use and back. */
@Route("admin/departments")
@Menu(order = 102, icon = "vaadin:sitemap", title = "nav.admin.departments")
@RolesAllowed(Permissions.ADMIN)
public class DepartmentsView extends Main implements HasDynamicTitle {

    public DepartmentsView(DepartmentAdminService departments) {
        addClassName("reference-view");
        new ReferenceList<>(this, new Departments(departments));
    }

    private record Departments(DepartmentAdminService service) implements ReferenceKind<Department> {

        @Override
        public String kind() {
            return "department";
        }

        @Override
        public List<Department> page(int offset, int limit) {
            return service.departments(offset, limit);
        }

        @Override
        public int count() {
            return service.countDepartments();
        }

        @Override
        public long id(Department row) {
            return row.id().value();
        }

        @Override
        public String name(Department row) {
            return row.name();
        }

        @Override
        public boolean active(Department row) {
            return row.active();
        }

        @Override
        public AdminResult add(String name) {
            return service.add(new DepartmentCommands.Add(name));
        }

        @Override
        public AdminResult rename(Department row, String name) {
            return service.rename(new DepartmentCommands.Rename(row.id(), row.version(), name));
        }

        @Override
        public AdminResult setActive(Department row, boolean active) {
            var target = new DepartmentCommands.Target(row.id(), row.version());
            return active ? service.reactivate(target) : service.deactivate(target);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.departments.title");
    }
}
