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
    RESOLVED,
    /**
     * Merged into a duplicate that carries on (petition.merged_into_id, docs/decisions/0028-merging-petitions.md):
     * neither open nor resolved, and never read by a list, board or count ({@link PetitionConditions#visible()}).
     */
    MERGED;

    /** The board's columns: open, the ward still owes an outcome. */
    public static final Set<PetitionState> UNRESOLVED = EnumSet.range(RECEIVED, ANSWERED);

    /** The states a report, a chart or the list's filter counts or offers: all but {@link #MERGED}. */
    public static final Set<PetitionState> COUNTED = EnumSet.range(RECEIVED, RESOLVED);

    /**
     * States in which the ward cannot be late: resolved or merged; waiting on the higher level (the petition's clock is
     * stopped, its days left kept); answered and waiting on the Fatherland Front's review (a return sets a new
     * deadline).
     */
    public static final Set<PetitionState> NOT_DUE = EnumSet.of(RESOLVED, ESCALATED, ANSWERED, MERGED);

    /** The rest: the ward has the next step, so its deadline runs (received, assigned, in progress). */
    public static final Set<PetitionState> DUE = EnumSet.complementOf(EnumSet.copyOf(NOT_DUE));

    public boolean isUnresolved() {
        return UNRESOLVED.contains(this);
    }

    /**
     * Overdue = past the deadline while the ward has the next step (docs/domain.md): not while the higher level or
     * the Front has it ({@link #NOT_DUE}). The same rule in SQL is {@link PetitionConditions#overdue}.
     */
    public boolean isOverdue(LocalDate deadline, LocalDate today) {
        return deadline != null && !NOT_DUE.contains(this) && deadline.isBefore(today);
    }
}
