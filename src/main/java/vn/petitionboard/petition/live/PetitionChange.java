package vn.petitionboard.petition.live;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.organisation.UnitId;
import vn.petitionboard.petition.HistoryEvent;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.petition.PetitionState;
import vn.petitionboard.security.UserId;

/**
 * A committed change to a petition, as every app instance reads it from the live feed.
 *
 * @param petition           null when many petitions of the unit changed at once (an import)
 * @param department         the department that has the petition after the change (null: none)
 * @param previousDepartment the one that had it before
 * @param domain             the petition's domain (null with no petition, or on a row written before it was kept)
 * @param from               its state before (null: it is new)
 */
public record PetitionChange(long id, UnitId unit, PetitionId petition, DepartmentId department,
        DepartmentId previousDepartment, DomainId domain, HistoryEvent event, PetitionState from, PetitionState to, UserId actor,
        String actorName, LocalDateTime at) {

    public boolean unitWide() {
        return petition == null;
    }

    /** The newest change of that petition in the batch made by someone other than the user, if any. */
    public static Optional<PetitionChange> latestOf(List<PetitionChange> batch, PetitionId petition, UserId notBy) {
        return batch.stream().filter(change -> change.of(petition) && !notBy.equals(change.actor()))
                .reduce((older, newer) -> newer);
    }

    /**
     * Whether a page showing only that domain may see this change: a change of a petition of the domain, or one
     * whose domain is not known (a whole import).
     */
    public boolean mayConcern(DomainId shown) {
        return domain == null || domain.equals(shown);
    }

    /** Whether this is a change of that one petition. */
    public boolean of(PetitionId id) {
        return id.equals(petition);
    }
}
