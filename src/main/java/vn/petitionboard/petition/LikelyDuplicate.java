package vn.petitionboard.petition;

/**
 * An open petition of the clerk's unit that shares words with what the clerk is typing: a suggestion to add the
 * delegate to it instead of capturing the same issue twice. {@code version} is what addRequester is given.
 */
public record LikelyDuplicate(PetitionId id, String code, String title, PetitionState state, int version,
        String domainName, int requesterCount, int matchedWords) {

    /** The clerk may still add requesters (addRequester refuses later states). */
    public boolean acceptsRequesters() {
        return state == PetitionState.RECEIVED;
    }
}
