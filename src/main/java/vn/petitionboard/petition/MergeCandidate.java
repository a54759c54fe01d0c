package vn.petitionboard.petition;

import java.time.LocalDateTime;

/** An open petition of the unit that another may be merged with, as the merge dialog offers it. */
public record MergeCandidate(PetitionId id, String code, String title, PetitionState state, int version,
        LocalDateTime receivedAt) {

    /** Whether this one was received before the other (the same moment: recorded first). */
    public boolean isOlderThan(PetitionId otherId, LocalDateTime otherReceivedAt) {
        int byDate = receivedAt.compareTo(otherReceivedAt);
        return byDate < 0 || byDate == 0 && id.value() < otherId.value();
    }
}
