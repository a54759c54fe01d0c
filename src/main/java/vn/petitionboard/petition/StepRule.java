package vn.petitionboard.petition;

import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.security.SignedInUser;

/** What {@link CommandRunner} asks of a step before it plans anything: who may take it, and from which states. */
interface StepRule {

    boolean mayBeTakenBy(SignedInUser user, DepartmentId petitionDepartment);

    boolean leaves(PetitionState state);

    String labelKey();
}
