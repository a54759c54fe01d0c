package vn.petitionboard.petition;

import static vn.petitionboard.petition.PetitionState.ANSWERED;
import static vn.petitionboard.petition.PetitionState.ASSIGNED;
import static vn.petitionboard.petition.PetitionState.ESCALATED;
import static vn.petitionboard.petition.PetitionState.IN_PROGRESS;
import static vn.petitionboard.petition.PetitionState.RECEIVED;
import static vn.petitionboard.petition.PetitionState.RESOLVED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/**
 * The arrows of the life cycle (docs/domain.md), each with the states it leaves and who may take it. The services check
 * every command against this table; the board asks it which columns a card may be dropped on.
 */
public enum Transition implements Step, StepRule {
    ASSIGN(EnumSet.of(RECEIVED), ASSIGNED, Actor.LEADER),
    ANSWER_ON_THE_SPOT(EnumSet.of(RECEIVED), ANSWERED, Actor.LEADER),
    START(EnumSet.of(ASSIGNED), IN_PROGRESS, Actor.ASSIGNED_DEPARTMENT),
    REPORT_PROGRESS(EnumSet.of(IN_PROGRESS), IN_PROGRESS, Actor.ASSIGNED_DEPARTMENT),
    ANSWER(EnumSet.of(IN_PROGRESS), ANSWERED, Actor.ASSIGNED_DEPARTMENT_OR_LEADER),
    ESCALATE(EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS, ANSWERED), ESCALATED, Actor.LEADER),
    RECORD_REPLY(EnumSet.of(ESCALATED), ANSWERED, Actor.LEADER),
    ACCEPT(EnumSet.of(ANSWERED), RESOLVED, Actor.FRONT),
    RETURN(EnumSet.of(ANSWERED), IN_PROGRESS, Actor.FRONT),
    SEND_BACK(EnumSet.of(ANSWERED), IN_PROGRESS, Actor.LEADER_WITH_A_DEPARTMENT);

    private final Set<PetitionState> from;
    private final PetitionState to;
    private final Actor actor;

    Transition(Set<PetitionState> from, PetitionState to, Actor actor) {
        this.from = from;
        this.to = to;
        this.actor = actor;
    }

    @Override
    public boolean leaves(PetitionState state) {
        return from.contains(state);
    }

    /**
     * Where the petition goes. An answer the Front returns goes to the department working on it, or, when no
     * department has it (an answer on the spot or from the higher level), back to the leaders as RECEIVED. A leader
     * sends an answer back only to a department.
     */
    public PetitionState target(DepartmentId department) {
        if (this == RETURN && department == null) {
            return RECEIVED;
        }
        return to;
    }

    @Override
    public boolean mayBeTakenBy(SignedInUser user, DepartmentId petitionDepartment) {
        return actor.matches(user, petitionDepartment);
    }

    /** Allowed here and now: the state fits and the user may act. */
    public boolean allowed(SignedInUser user, PetitionState state, DepartmentId department) {
        return leaves(state) && mayBeTakenBy(user, department);
    }

    /** Message key of the action's name, e.g. "Giao xử lý". */
    @Override
    public String labelKey() {
        return "transition." + name();
    }

    public static Set<Transition> allowedFor(SignedInUser user, PetitionState state, DepartmentId department) {
        Set<Transition> allowed = EnumSet.noneOf(Transition.class);
        for (Transition t : values()) {
            if (t.allowed(user, state, department)) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    /** The transition a drag from one board column to another means for this user, if any. */
    public static Optional<Transition> forMove(SignedInUser user, PetitionState from, PetitionState to,
            DepartmentId department) {
        if (from == to) {
            return Optional.empty();
        }
        return allowedFor(user, from, department).stream()
                .filter(t -> t != REPORT_PROGRESS && t.target(department) == to)
                // The Front's return and a leader's send-back land in the same column; a Front reviewer returns.
                .min((a, b) -> Integer.compare(a == SEND_BACK ? 1 : 0, b == SEND_BACK ? 1 : 0));
    }
}
