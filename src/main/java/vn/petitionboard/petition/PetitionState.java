package vn.petitionboard.petition;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a petition (see docs/decisions/0003-state-model.md). The board shows one column per unresolved
 * state, in this order.
 */
public enum PetitionState {
    RECEIVED,
    ASSIGNED,
    IN_PROGRESS,
    ESCALATED,
    ANSWERED,
    RESOLVED;

    public static final Set<PetitionState> UNRESOLVED = EnumSet.complementOf(EnumSet.of(RESOLVED));

    public boolean isUnresolved() {
        return this != RESOLVED;
    }
}
