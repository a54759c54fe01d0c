package vn.petitionboard.board;

import java.util.Map;
import vn.petitionboard.organisation.DomainId;
import vn.petitionboard.petition.PetitionState;

/**
 * One swimlane of the board by domain: a domain's unresolved petitions that the user may see, counted per column
 * (every unresolved state, zero included, in the board's column order), and how many of them are overdue.
 */
public record DomainLane(DomainId domain, String code, String name, Map<PetitionState, Integer> counts,
        int overdue) {

    public int count(PetitionState state) {
        return counts.getOrDefault(state, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasOverdue() {
        return overdue > 0;
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
