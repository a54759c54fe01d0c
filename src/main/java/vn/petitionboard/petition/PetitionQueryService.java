package vn.petitionboard.petition;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/** Reads petitions for the signed-in user; what they may not see does not exist for them. */
@Service
public class PetitionQueryService {

    private final PetitionDetailsQuery detailsQuery;
    private final CurrentUser currentUser;

    PetitionQueryService(PetitionDetailsQuery detailsQuery, CurrentUser currentUser) {
        this.detailsQuery = detailsQuery;
        this.currentUser = currentUser;
    }

    /** Empty when the petition does not exist, belongs to another unit, or (for an officer) another department. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<PetitionDetails> findDetails(PetitionId id) {
        SignedInUser user = currentUser.require();
        return detailsQuery.find(id, user.unitId(), user.departmentScope(), maySeeContacts(user));
    }

    /** An attachment of a petition the user may see; empty otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<AttachmentFile> attachment(PetitionId petition, long attachmentId) {
        SignedInUser user = currentUser.require();
        return detailsQuery.attachment(petition, attachmentId, user.unitId(), user.departmentScope());
    }

    /**
     * Delegates' contact details are personal data: the clerk, the leaders and the assigned department see them
     * (an officer only ever reaches their own department's petitions); the Front does not.
     */
    private static boolean maySeeContacts(SignedInUser user) {
        return user.has(Role.CLERK) || user.has(Role.PARTY_SECRETARY) || user.has(Role.COMMITTEE_CHAIR)
                || user.has(Role.DEPARTMENT_OFFICER);
    }
}
