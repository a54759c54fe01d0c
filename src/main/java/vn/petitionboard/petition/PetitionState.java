package vn.petitionboard.petition;

import java.time.LocalDate;
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

    /** States in which the petition's own deadline clock does not run: resolved, or waiting on the higher level. */
    public static final Set<PetitionState> CLOCK_STOPPED = EnumSet.of(RESOLVED, ESCALATED);

    public boolean isUnresolved() {
        return this != RESOLVED;
    }

    /**
     * Overdue = unresolved and past the deadline (docs/domain.md). An escalated petition's own clock is stopped while
     * the higher level has it. The same rule in SQL is {@link PetitionConditions#overdue}.
     */
    public boolean isOverdue(LocalDate deadline, LocalDate today) {
        return deadline != null && !CLOCK_STOPPED.contains(this) && deadline.isBefore(today);
    }
}
