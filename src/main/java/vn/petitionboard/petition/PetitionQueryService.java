package vn.petitionboard.petition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.PetitionCounter;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInUser;

/** Reads petitions for the signed-in user; what they may not see does not exist for them. */
@Service
public class PetitionQueryService implements PetitionCounter {

    private final PetitionDetailsQuery detailsQuery;
    private final ConferencePetitionsQuery conferencePetitions;
    private final MergeStore merges;
    private final CurrentUser currentUser;

    PetitionQueryService(PetitionDetailsQuery detailsQuery, ConferencePetitionsQuery conferencePetitions,
            MergeStore merges, CurrentUser currentUser) {
        this.detailsQuery = detailsQuery;
        this.conferencePetitions = conferencePetitions;
        this.merges = merges;
        this.currentUser = currentUser;
    }

    /**
     * The petition this one was merged into, if it was and the user may see it (then its page leads there). Whether
     * the user may see the survivor is {@link #findDetails}'s to say.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<MergedPetition> mergedInto(PetitionId id) {
        return merges.mergedInto(id, PetitionConditions.of(currentUser.require()));
    }

    /** Empty when the petition does not exist, belongs to another unit, or (for an officer) another department. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<PetitionDetails> findDetails(PetitionId id) {
        SignedInUser user = currentUser.require();
        return detailsQuery.find(id, PetitionConditions.of(user), user.hasAny(Role.CONTACT_READERS));
    }

    /** An attachment of a petition the user may see; empty otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Optional<AttachmentFile> attachment(PetitionId petition, long attachmentId) {
        return detailsQuery.attachment(petition, attachmentId, PetitionConditions.of(currentUser.require()));
    }

    /** For the conference list: how many of each conference's petitions the user may see. */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public Map<ConferenceId, Integer> visiblePetitionsPerConference(Collection<ConferenceId> conferences) {
        return conferencePetitions.countPerConference(PetitionConditions.of(currentUser.require()), conferences);
    }

    /** The conference's latest petitions the user may see, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.VIEW_PETITIONS)
    public List<ConferencePetition> latestOfConference(ConferenceId conference, int limit) {
        return conferencePetitions.latest(PetitionConditions.of(currentUser.require()), conference,
                Math.clamp(limit, 1, 200));
    }
}
