package vn.petitionboard.petition;

import java.util.List;

/** A petition of a conference as the capture screen lists it: code, title, state and who raised it. */
public record ConferencePetition(PetitionId id, String code, String title, PetitionState state,
        List<String> requesterNames) {
}
