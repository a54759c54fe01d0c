package vn.petitionboard.petition;

import static vn.petitionboard.petition.PetitionState.ASSIGNED;
import static vn.petitionboard.petition.PetitionState.IN_PROGRESS;

import java.util.EnumSet;
import java.util.Set;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/**
 * What may be done to a petition while a department works on it without moving it on the board: the leaders change
 * the assignment (another department, more time, a further instruction); the department asks them for more time or
 * says the petition is not its own; a leader approves or refuses what was asked. Each is a command with the
 * petition's version check and a history event, like a {@link Transition}.
 */
public enum PetitionAction implements Step, StepRule {
    REASSIGN(Actor.LEADER, false),
    EXTEND_DEADLINE(Actor.LEADER, false),
    ADD_INSTRUCTION(Actor.LEADER, false),
    REQUEST_EXTENSION(Actor.ASSIGNED_DEPARTMENT, false),
    REQUEST_REASSIGNMENT(Actor.ASSIGNED_DEPARTMENT, false),
    APPROVE_REQUEST(Actor.LEADER, true),
    REFUSE_REQUEST(Actor.LEADER, true);

    /** While a department has the petition: assigned or in progress. */
    public static final Set<PetitionState> WHILE_ASSIGNED = EnumSet.of(ASSIGNED, IN_PROGRESS);

    private final Actor actor;
    private final boolean decidesARequest;

    PetitionAction(Actor actor, boolean decidesARequest) {
        this.actor = actor;
        this.decidesARequest = decidesARequest;
    }

    @Override
    public boolean mayBeTakenBy(SignedInUser user, DepartmentId petitionDepartment) {
        return actor.matches(user, petitionDepartment);
    }

    /**
     * Every action needs a department at work on the petition, except a refusal: a request left open when the petition
     * moved on (answered, escalated) can always be closed.
     */
    @Override
    public boolean leaves(PetitionState state) {
        return this == REFUSE_REQUEST || WHILE_ASSIGNED.contains(state);
    }

    @Override
    public String labelKey() {
        return "action." + name();
    }

    /** Allowed here and now: the state fits, the user may act, and a request is open exactly when one is decided. */
    public boolean allowed(SignedInUser user, PetitionState state, DepartmentId department, boolean requestOpen) {
        boolean requestFits = decidesARequest ? requestOpen : !(requestOpen && isRequest());
        return requestFits && leaves(state) && mayBeTakenBy(user, department);
    }

    public static Set<PetitionAction> allowedFor(SignedInUser user, PetitionState state, DepartmentId department,
            boolean requestOpen) {
        Set<PetitionAction> allowed = EnumSet.noneOf(PetitionAction.class);
        for (PetitionAction action : values()) {
            if (action.allowed(user, state, department, requestOpen)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Approve or refuse: offered beside the open request rather than with the other actions. */
    public boolean decidesARequest() {
        return decidesARequest;
    }

    private boolean isRequest() {
        return this == REQUEST_EXTENSION || this == REQUEST_REASSIGNMENT;
    }
}
