package vn.petitionboard.admin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * The names of the administrator's unit (the ward) and of the district and city above it, as they head reports and
 * the menu. Saved together: every level is checked against the version the administrator saw, and each level whose
 * name changed gets its own audit entry. Codes and the tree itself are not edited here.
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class UnitAdminService {

    /** New names for some levels of the chain, each with the version the administrator saw. */
    public record Rename(UnitId unit, int version, String name) {
    }

    private final UnitAdminStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    UnitAdminService(UnitAdminStore store, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The ward, then the district and the city above it, as far as they exist. */
    @Transactional(readOnly = true)
    public List<UnitLevel> levels() {
        return store.chain(currentUser.require().unitId(), false);
    }

    public AdminResult rename(List<Rename> renames) {
        List<UnitLevel> chain = store.chain(currentUser.require().unitId(), true);
        InputCheck check = new InputCheck();
        for (Rename rename : renames) {
            Optional<UnitLevel> level = chain.stream().filter(l -> l.id().equals(rename.unit())).findFirst();
            if (level.isEmpty()) {
                return AdminResult.Refused.of("admin.unit.notFound");
            }
            if (level.get().version() != rename.version()) {
                return new AdminResult.Conflict();
            }
            ReferenceName.check(check, level.get().kind(), rename.name(), ReferenceName.MAX);
        }
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        for (Rename rename : renames) {
            UnitLevel before = chain.stream().filter(l -> l.id().equals(rename.unit())).findFirst().orElseThrow();
            String name = ReferenceName.check(new InputCheck(), rename.name());
            if (!Objects.equals(before.name(), name)) {
                store.rename(before.id(), name);
                audit.record(AuditAction.UNIT_UPDATED, new AuditTarget("unit", before.id().value(), name),
                        Map.of("kind", before.kind(), "name", before.name()), Map.of("kind", before.kind(), "name", name));
            }
        }
        return new AdminResult.Saved();
    }
}
