package vn.petitionboard.conference;

import java.util.Collection;
import java.util.Map;

/**
 * How many petitions of each conference the signed-in user may see. The petition feature implements it: it owns the
 * rule of who sees which petition, and conference must not depend on petition (petition depends on conference).
 */
public interface PetitionCounter {

    /** Conferences without a visible petition may be missing from the map. */
    Map<ConferenceId, Integer> visiblePetitionsPerConference(Collection<ConferenceId> conferences);
}
