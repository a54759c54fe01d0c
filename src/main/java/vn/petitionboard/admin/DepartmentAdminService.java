package vn.petitionboard.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.ReferenceDataChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * The unit's departments, for the administrator (ADMIN only, own unit only): add, rename, deactivate and re-activate.
 * A department is never deleted: its petitions, assignments and history keep naming it. A deactivated one leaves the
 * assignment and account choices ({@code OrganisationQuery.activeDepartments}); one that still holds open petitions
 * cannot be deactivated.
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class DepartmentAdminService {

    private final DepartmentAdminStore store;
    private final ReferenceDataChanges petitions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DepartmentAdminService(DepartmentAdminStore store, ReferenceDataChanges petitions, CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.petitions = petitions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Department> departments(int offset, int limit) {
        return store.departments(unit(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countDepartments() {
        return store.count(unit());
    }

    public AdminResult add(DepartmentCommands.Add command) {
        UnitId unit = unit();
        store.lockUnit(unit);
        InputCheck check = new InputCheck();
        String name = ReferenceName.check(check, command.name());
        if (!check.hasErrors() && store.nameTaken(unit, name, Optional.empty())) {
            check.fail(ReferenceName.FIELD, "admin.department.nameTaken", name);
        }
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        DepartmentId id = store.insert(unit, name);
        Department added = store.find(unit, id).orElseThrow();
        audit.record(AuditAction.DEPARTMENT_CREATED, target(added), null, state(added));
        return new AdminResult.Saved();
    }

    public AdminResult rename(DepartmentCommands.Rename command) {
        UnitId unit = unit();
        store.lockUnit(unit);
        Locked locked = lockAt(unit, command.department(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        InputCheck check = new InputCheck();
        String name = ReferenceName.check(check, command.name());
        if (!check.hasErrors() && store.nameTaken(unit, name, Optional.of(command.department()))) {
            check.fail(ReferenceName.FIELD, "admin.department.nameTaken", name);
        }
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        Department before = locked.department();
        if (before.name().equals(name)) {
            return new AdminResult.Saved();
        }
        store.rename(before.id(), name);
        Department after = store.find(unit, before.id()).orElseThrow();
        audit.record(AuditAction.DEPARTMENT_UPDATED, target(after), state(before), state(after));
        return new AdminResult.Saved();
    }

    /** Refused while the department holds open petitions: they must be reassigned first. */
    public AdminResult deactivate(DepartmentCommands.Target command) {
        return setActive(command, false);
    }

    public AdminResult reactivate(DepartmentCommands.Target command) {
        return setActive(command, true);
    }

    private AdminResult setActive(DepartmentCommands.Target command, boolean active) {
        UnitId unit = unit();
        Locked locked = lockAt(unit, command.department(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        Department before = locked.department();
        if (before.active() == active) {
            return new AdminResult.Saved();
        }
        if (!active) {
            int open = petitions.openPetitionsOf(unit, before.id());
            if (open > 0) {
                return AdminResult.Refused.of("admin.department.hasOpenPetitions", before.name(), open);
            }
        }
        store.setActive(before.id(), active);
        Department after = store.find(unit, before.id()).orElseThrow();
        audit.record(AuditAction.DEPARTMENT_UPDATED, target(after), state(before), state(after));
        return new AdminResult.Saved();
    }

    /** The department, locked until the transaction ends, or why it cannot be changed as the administrator saw it. */
    private record Locked(Department department, AdminResult refusal) {
    }

    private Locked lockAt(UnitId unit, DepartmentId id, int version) {
        Optional<Department> found = store.lock(unit, id);
        if (found.isEmpty()) {
            return new Locked(null, AdminResult.Refused.of("admin.department.notFound"));
        }
        if (found.get().version() != version) {
            return new Locked(null, new AdminResult.Conflict());
        }
        return new Locked(found.get(), null);
    }

    private UnitId unit() {
        return currentUser.require().unitId();
    }

    private static AuditTarget target(Department department) {
        return new AuditTarget("department", department.id().value(), department.name());
    }

    private static Map<String, Object> state(Department department) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", department.code());
        state.put("name", department.name());
        state.put("active", department.active());
        return state;
    }
}
