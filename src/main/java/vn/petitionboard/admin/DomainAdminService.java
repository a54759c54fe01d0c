package vn.petitionboard.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.ReferenceDataChanges;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * The petition topics (lĩnh vực), for the administrator: add, rename, take out of use and back. A domain is never
 * deleted: its petitions keep it. A rename rewrites the search terms of the domain's petitions in the same
 * transaction, so the list search finds them by the new name and no longer by the old one
 * (docs/decisions/0019-organisation-administration.md).
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class DomainAdminService {

    private final DomainAdminStore store;
    private final ReferenceDataChanges petitions;
    private final AuditLog audit;

    DomainAdminService(DomainAdminStore store, ReferenceDataChanges petitions, AuditLog audit) {
        this.store = store;
        this.petitions = petitions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Domain> domains(int offset, int limit) {
        return store.domains(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countDomains() {
        return store.count();
    }

    public AdminResult add(DomainCommands.Add command) {
        InputCheck check = new InputCheck();
        String name = ReferenceName.check(check, command.name());
        if (!check.hasErrors() && store.nameTaken(name, Optional.empty())) {
            check.fail(ReferenceName.FIELD, "admin.domain.nameTaken", name);
        }
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        Domain added = store.find(store.insert(name)).orElseThrow();
        audit.record(AuditAction.DOMAIN_CREATED, target(added), null, state(added, null));
        return new AdminResult.Saved();
    }

    public AdminResult rename(DomainCommands.Rename command) {
        Locked locked = lockAt(command.domain(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        InputCheck check = new InputCheck();
        String name = ReferenceName.check(check, command.name());
        if (!check.hasErrors() && store.nameTaken(name, Optional.of(command.domain()))) {
            check.fail(ReferenceName.FIELD, "admin.domain.nameTaken", name);
        }
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        Domain before = locked.domain();
        if (before.name().equals(name)) {
            return new AdminResult.Saved();
        }
        store.rename(before.id(), name);
        int reindexed = petitions.reindexDomain(before.id());
        Domain after = store.find(before.id()).orElseThrow();
        audit.record(AuditAction.DOMAIN_UPDATED, target(after), state(before, null), state(after, reindexed));
        return new AdminResult.Saved();
    }

    /** Out of use: no longer offered when a petition is recorded; the petitions that have it keep it. */
    public AdminResult deactivate(DomainCommands.Target command) {
        return setActive(command, false);
    }

    public AdminResult reactivate(DomainCommands.Target command) {
        return setActive(command, true);
    }

    private AdminResult setActive(DomainCommands.Target command, boolean active) {
        Locked locked = lockAt(command.domain(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        Domain before = locked.domain();
        if (before.active() == active) {
            return new AdminResult.Saved();
        }
        store.setActive(before.id(), active);
        Domain after = store.find(before.id()).orElseThrow();
        audit.record(AuditAction.DOMAIN_UPDATED, target(after), state(before, null), state(after, null));
        return new AdminResult.Saved();
    }

    private record Locked(Domain domain, AdminResult refusal) {
    }

    private Locked lockAt(DomainId id, int version) {
        Optional<Domain> found = store.lock(id);
        if (found.isEmpty()) {
            return new Locked(null, AdminResult.Refused.of("admin.domain.notFound"));
        }
        if (found.get().version() != version) {
            return new Locked(null, new AdminResult.Conflict());
        }
        return new Locked(found.get(), null);
    }

    private static AuditTarget target(Domain domain) {
        return new AuditTarget("domain", domain.id().value(), domain.name());
    }

    private static Map<String, Object> state(Domain domain, Integer reindexedPetitions) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", domain.code());
        state.put("name", domain.name());
        state.put("active", domain.active());
        if (reindexedPetitions != null) {
            state.put("reindexedPetitions", reindexedPetitions);
        }
        return state;
    }
}
