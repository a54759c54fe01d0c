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

    /**
     * States in which the ward cannot be late: resolved; waiting on the higher level (the petition's clock is
     * stopped, its days left kept); answered and waiting on the Fatherland Front's review (a return sets a new
     * deadline).
     */
    public static final Set<PetitionState> NOT_DUE = EnumSet.of(RESOLVED, ESCALATED, ANSWERED);

    /** The rest: the ward has the next step, so its deadline runs (received, assigned, in progress). */
    public static final Set<PetitionState> DUE = EnumSet.complementOf(EnumSet.copyOf(NOT_DUE));

    public boolean isUnresolved() {
        return this != RESOLVED;
    }

    /**
     * Overdue = past the deadline while the ward has the next step (docs/domain.md): not while the higher level or
     * the Front has it ({@link #NOT_DUE}). The same rule in SQL is {@link PetitionConditions#overdue}.
     */
    public boolean isOverdue(LocalDate deadline, LocalDate today) {
        return deadline != null && !NOT_DUE.contains(this) && deadline.isBefore(today);
    }
}
