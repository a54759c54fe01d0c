package vn.petitionboard.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.conference.DelegateId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.ReferenceDataChanges;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * The unit's delegates (người kiến nghị), for the administrator: correct a name, or merge two records of one person.
 * Both rewrite the search terms of the petitions concerned in the same transaction. A merge moves every petition of
 * the duplicate to the survivor and removes the duplicate record; it never crosses units.
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class DelegateAdminService {

    /** The field a name error is reported under. */
    public static final String FULL_NAME = "fullName";
    static final int FULL_NAME_MAX = 150;

    private final DelegateAdminStore store;
    private final ReferenceDataChanges petitions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DelegateAdminService(DelegateAdminStore store, ReferenceDataChanges petitions, CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.petitions = petitions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DelegateRecord> delegates(String text, int offset, int limit) {
        return store.delegates(unit(), text, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countDelegates(String text) {
        return store.count(unit(), text);
    }

    public AdminResult rename(DelegateId delegate, int version, String fullName) {
        Optional<DelegateRecord> found = store.lock(unit(), delegate);
        if (found.isEmpty()) {
            return AdminResult.Refused.of("admin.delegate.notFound");
        }
        if (found.get().version() != version) {
            return new AdminResult.Conflict();
        }
        InputCheck check = new InputCheck();
        String name = ReferenceName.check(check, FULL_NAME, fullName, FULL_NAME_MAX);
        if (check.hasErrors()) {
            return new AdminResult.Invalid(check.errors());
        }
        DelegateRecord before = found.get();
        if (before.fullName().equals(name)) {
            return new AdminResult.Saved();
        }
        store.rename(delegate, name);
        petitions.reindexPetitionsOf(delegate);
        audit.record(AuditAction.DELEGATE_UPDATED, target(delegate, name), Map.of("fullName", before.fullName()),
                Map.of("fullName", name));
        return new AdminResult.Saved();
    }

    /** Keeps {@code survivor}; every petition of {@code duplicate} moves to it and the duplicate record goes. */
    public AdminResult merge(DelegateId survivor, int survivorVersion, DelegateId duplicate, int duplicateVersion) {
        UnitId unit = unit();
        if (survivor.equals(duplicate)) {
            return AdminResult.Refused.of("admin.delegate.mergeSame");
        }
        if (store.existsElsewhere(unit, survivor) || store.existsElsewhere(unit, duplicate)) {
            return AdminResult.Refused.of("admin.delegate.mergeOtherUnit");
        }
        // Locked in id order, so two merges of the same pair cannot wait on each other.
        boolean survivorFirst = survivor.value() < duplicate.value();
        Optional<DelegateRecord> first = store.lock(unit, survivorFirst ? survivor : duplicate);
        Optional<DelegateRecord> second = store.lock(unit, survivorFirst ? duplicate : survivor);
        if (first.isEmpty() || second.isEmpty()) {
            return AdminResult.Refused.of("admin.delegate.notFound");
        }
        DelegateRecord kept = survivorFirst ? first.get() : second.get();
        DelegateRecord gone = survivorFirst ? second.get() : first.get();
        if (kept.version() != survivorVersion || gone.version() != duplicateVersion) {
            return new AdminResult.Conflict();
        }
        int moved = petitions.moveRequesters(duplicate, survivor);
        store.delete(duplicate);
        store.touch(survivor);
        audit.record(AuditAction.DELEGATES_MERGED, target(survivor, kept.fullName()), mergeState(kept, gone),
                Map.of("kept", kept.fullName(), "keptId", kept.id().value(), "movedPetitions", moved));
        return new AdminResult.Saved();
    }

    private UnitId unit() {
        return currentUser.require().unitId();
    }

    private static AuditTarget target(DelegateId delegate, String name) {
        return new AuditTarget("delegate", delegate.value(), name);
    }

    private static Map<String, Object> mergeState(DelegateRecord kept, DelegateRecord gone) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kept", kept.fullName());
        state.put("keptId", kept.id().value());
        state.put("merged", gone.fullName());
        state.put("mergedId", gone.id().value());
        state.put("mergedGroup", gone.residentialGroup());
        state.put("mergedPetitions", gone.petitions());
        return state;
    }
}
